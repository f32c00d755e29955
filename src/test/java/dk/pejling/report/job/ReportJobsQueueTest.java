package dk.pejling.report.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dk.pejling.initiative.ReportingRoundService;
import dk.pejling.instance.InstanceId;
import dk.pejling.instance.store.FileBlobStore;
import dk.pejling.report.AnnualReportDocument;
import dk.pejling.report.ReportFormat;
import dk.pejling.report.ReportService;
import dk.pejling.report.render.ReportRenderer;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.StrategyService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounds of the background queue, without the application: one thread and a queue of one, so the
 * third job is refused while the first is held in the renderer; the owner rule; expiry with a moving clock;
 * a job whose instance stopped fails after its time.
 */
class ReportJobsQueueTest {

    // Not cleaned up by JUnit: a job that a test started may still be writing its file into the directory
    // on the pool's thread when the test ends, and the cleanup then failed the test now and then.
    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.NEVER)
    Path dataDir;

    final MovingClock clock = new MovingClock(Instant.parse("2026-11-24T10:00:00Z"));
    final CountDownLatch release = new CountDownLatch(1);
    final Viewer alice = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.READER), "alice");
    final Viewer bob = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.READER), "bob");
    ReportJobs jobs;

    ReportJobs jobs(int threads, int queue, int perUser) {
        ReportService reports = mock(ReportService.class);
        ReportRenderer renderer = mock(ReportRenderer.class);
        when(reports.annualReport(any(), anyInt(), any(), any())).thenReturn(new AnnualReportDocument("Strategi", null, 2018,
                clock.instant(), null, null, List.of()));
        when(renderer.annual(any(), eq(ReportFormat.PDF), any())).thenAnswer(i -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the pool stopped at the end of a test
            }
            return "%PDF-1.7 test".getBytes();
        });
        jobs = new ReportJobs(reports, renderer, mock(StrategyService.class), mock(ReportingRoundService.class), clock,
                new InMemoryReportJobTable(), new FileBlobStore(dataDir), new InstanceId("test"), threads, queue,
                Duration.ofHours(1), Duration.ofMinutes(15), perUser);
        return jobs;
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (jobs != null) {
            jobs.stop();
        }
    }

    static ReportJobRequest annual() {
        return ReportJobRequest.of("annual", UUID.randomUUID(), null, 2018, "pdf", null, Locale.forLanguageTag("da"));
    }

    @Test
    void aFullQueueRefusesAndTheOthersStillFinish() throws Exception {
        ReportJobs jobs = jobs(1, 1, 10);
        ReportJob first = jobs.start(annual(), alice);
        ReportJob second = jobs.start(annual(), bob);
        assertThatThrownBy(() -> jobs.start(annual(), bob)).isInstanceOf(ReportJobs.JobsBusyException.class);
        assertThat(jobs.get(second.id(), bob).state()).isEqualTo(ReportJob.State.QUEUED);
        // The first is held in the renderer: data read, layout under way.
        await(() -> jobs.get(first.id(), alice).state() == ReportJob.State.RUNNING && jobs.get(first.id(), alice).step() == 1);
        release.countDown();
        await(() -> jobs.get(second.id(), bob).state() == ReportJob.State.DONE);
        assertThat(new String(jobs.file(first.id(), alice))).startsWith("%PDF");
        assertThat(jobs.get(first.id(), alice).fileName()).isEqualTo("aarsberetning-2018-2026-11-24.pdf");
    }

    @Test
    void aUserMayHaveOnlySoManyJobsUnfinished() {
        ReportJobs jobs = jobs(1, 8, 2);
        jobs.start(annual(), alice);
        jobs.start(annual(), alice);
        assertThatThrownBy(() -> jobs.start(annual(), alice)).isInstanceOf(ReportJobs.JobsBusyException.class);
        jobs.start(annual(), bob);
    }

    @Test
    void aJobIsItsStartersAloneAndThePublicCannotStartOne() {
        ReportJobs jobs = jobs(1, 8, 4);
        ReportJob job = jobs.start(annual(), alice);
        assertThatThrownBy(() -> jobs.get(job.id(), bob)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> jobs.file(job.id(), bob)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> jobs.get(job.id(), Viewer.anonymous())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> jobs.start(annual(), Viewer.anonymous())).isInstanceOf(NotFoundException.class);
        assertThat(jobs.file(job.id(), alice)).isNull(); // not done yet
    }

    @Test
    void finishedJobsAndTheirFilesAreDeletedAfterTheirTime() throws Exception {
        ReportJobs jobs = jobs(1, 8, 4);
        release.countDown();
        ReportJob job = jobs.start(annual(), alice);
        await(() -> jobs.get(job.id(), alice).finished());
        Path file = dataDir.resolve(ReportJobs.NAMESPACE).resolve(job.id().toString());
        assertThat(file).exists();
        clock.advance(Duration.ofMinutes(59));
        jobs.cleanUp();
        assertThat(file).exists();
        clock.advance(Duration.ofMinutes(2));
        jobs.cleanUp();
        assertThat(file).doesNotExist();
        assertThatThrownBy(() -> jobs.get(job.id(), alice)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aJobWhoseInstanceStoppedFailsAfterItsTime() {
        ReportJobs jobs = jobs(1, 8, 4);
        ReportJob job = jobs.start(annual(), alice); // held in the renderer, as if its instance had died
        clock.advance(Duration.ofMinutes(14));
        jobs.cleanUp();
        assertThat(jobs.get(job.id(), alice).finished()).isFalse();
        clock.advance(Duration.ofMinutes(2));
        jobs.cleanUp();
        assertThat(jobs.get(job.id(), alice).state()).isEqualTo(ReportJob.State.FAILED);
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofMillis(100)).until(condition::getAsBoolean);
    }


    static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
