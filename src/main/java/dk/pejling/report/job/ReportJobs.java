package dk.pejling.report.job;

import dk.pejling.initiative.ReportingRound;
import dk.pejling.initiative.ReportingRoundService;
import dk.pejling.report.AnnualReportDocument;
import dk.pejling.report.ReportService;
import dk.pejling.report.StatusReportDocument;
import dk.pejling.report.render.ReportRenderer;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import dk.pejling.instance.BlobStore;
import dk.pejling.instance.InstanceId;
import jakarta.annotation.PreDestroy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Report generations in the background, so a long one shows its progress and a burst of them cannot
 * take the request threads (or both cores) from everyone else's pages: a small pool of low-priority
 * threads with a bounded queue; when the queue is full the caller is told to come back
 * ({@link JobsBusyException}, 503 with Retry-After). A job belongs to the user who started it, runs
 * with their {@link Viewer} (so it holds exactly what they may see) and is "not found" to anyone
 * else. A job's state is a row of {@code report_job} and its finished file lies in the file storage
 * (namespace {@code report-jobs}), so every instance behind a load balancer answers for every job:
 * started on one, polled and downloaded on another. The instance that took the job runs it; a job it
 * never finished because it stopped is failed after {@code pejling.reports.jobs.abandoned} (default
 * 15 minutes). Finished jobs are kept for {@code pejling.reports.jobs.keep} (default one hour) and
 * are then deleted with their files, by one instance per tick.
 */
@Service
public class ReportJobs {

    private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.of("Europe/Copenhagen"));

    private final ReportService reports;
    private final ReportRenderer renderer;
    private final StrategyService strategies;
    private final ReportingRoundService rounds;
    private final Clock clock;
    static final String NAMESPACE = "report-jobs";

    private final ReportJobTable jobs;
    private final BlobStore files;
    private final String instance;
    private final Duration keep;
    private final Duration abandoned;
    private final int maxPerUser;
    private final ThreadPoolExecutor executor;

    @Autowired
    ReportJobs(ReportService reports, ReportRenderer renderer, StrategyService strategies, ReportingRoundService rounds,
               Clock clock, ReportJobTable jobs, BlobStore files, InstanceId instance,
               @Value("${pejling.reports.jobs.threads:1}") int threads,
               @Value("${pejling.reports.jobs.queue:8}") int queue,
               @Value("${pejling.reports.jobs.keep:PT1H}") Duration keep,
               @Value("${pejling.reports.jobs.abandoned:PT15M}") Duration abandoned,
               @Value("${pejling.reports.jobs.max-per-user:4}") int maxPerUser) {
        this.reports = reports;
        this.renderer = renderer;
        this.strategies = strategies;
        this.rounds = rounds;
        this.clock = clock;
        this.jobs = jobs;
        this.files = files;
        this.instance = instance.value();
        this.keep = keep;
        this.abandoned = abandoned;
        this.maxPerUser = maxPerUser;
        AtomicInteger number = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, "report-job-" + number.incrementAndGet());
            t.setDaemon(true);
            // Page requests come first when both cores are busy.
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
        this.executor.allowCoreThreadTimeOut(true);
    }

    /**
     * Checks that the viewer may read what the job will report on (404 otherwise, as the GET endpoints
     * answer) and queues it.
     *
     * @throws JobsBusyException when the queue is full or the user has {@code max-per-user} jobs unfinished
     */
    public ReportJob start(ReportJobRequest request, Viewer viewer) {
        if (viewer.isAnonymous()) {
            // Nobody could be told apart from anyone else as the job's owner; the plain download link serves the public.
            throw new NotFoundException("report job", request.strategy());
        }
        strategies.get(new StrategyId(request.strategy()), viewer);
        if (request.kind() == ReportJobRequest.Kind.STATUS) {
            ReportingRound round = rounds.get(request.round(), viewer);
            if (!round.strategyId().equals(request.strategy())) {
                throw new NotFoundException("reporting round", request.round());
            }
        } else if (request.year() < 1900 || request.year() > 2200) {
            throw new InvalidInputException("year", "must be a year, e.g. 2018");
        }
        if (jobs.unfinishedOf(viewer.userId()) >= maxPerUser) {
            throw new JobsBusyException();
        }
        ReportJob job = ReportJob.queued(UUID.randomUUID(), viewer.userId(), request, clock.instant());
        jobs.insert(job, instance);
        try {
            executor.execute(() -> run(job.id(), viewer));
        } catch (RejectedExecutionException e) {
            jobs.delete(job.id());
            throw new JobsBusyException();
        }
        return job;
    }

    /** The job, to its owner only: "not found" to anyone else, as if it did not exist. */
    public ReportJob get(UUID id, Viewer viewer) {
        ReportJob job = jobs.find(id).orElse(null);
        if (job == null || viewer.isAnonymous() || !job.ownerId().equals(viewer.userId())) {
            throw new NotFoundException("report job", id);
        }
        return job;
    }

    /** The finished file's bytes, to the owner; null while the job is not done. */
    public byte[] file(UUID id, Viewer viewer) {
        return download(id, viewer).body();
    }

    /** A job with its file's bytes once it is done (null before): what a download serves, from one read of the job. */
    public record Download(ReportJob job, byte[] body) {
    }

    /** The job and, when it is done, its file, to the owner; "not found" to anyone else. */
    public Download download(UUID id, Viewer viewer) {
        ReportJob job = get(id, viewer);
        return new Download(job, job.state() == ReportJob.State.DONE ? read(id) : null);
    }

    private byte[] read(UUID id) {
        try (InputStream in = files.read(NAMESPACE, id)) {
            return in.readAllBytes();
        } catch (IOException | BlobStore.BlobNotFoundException e) {
            throw new NotFoundException("report job", id);
        }
    }

    private void run(UUID id, Viewer viewer) {
        ReportJob job = jobs.find(id).orElse(null);
        if (job == null) {
            return;
        }
        ReportJobRequest r = job.request();
        long start = System.nanoTime();
        try {
            update(job.running(0));
            byte[] bytes;
            String name;
            if (r.kind() == ReportJobRequest.Kind.STATUS) {
                StatusReportDocument doc = reports.statusReport(new StrategyId(r.strategy()), r.round(), r.asOf(), viewer);
                update(job.running(1));
                bytes = renderer.status(doc, r.format(), r.locale());
                name = "statusrapport-" + FILE_DATE.format(doc.asOf());
            } else {
                AnnualReportDocument doc = reports.annualReport(new StrategyId(r.strategy()), r.year(), r.asOf(), viewer);
                update(job.running(1));
                bytes = renderer.annual(doc, r.format(), r.locale());
                name = "aarsberetning-" + r.year() + "-" + FILE_DATE.format(doc.asOf());
            }
            update(job.running(2));
            files.write(NAMESPACE, id, new ByteArrayInputStream(bytes));
            if (!jobs.update(job.done(name + "." + r.format().extension(), bytes.length, clock.instant()))) {
                files.delete(NAMESPACE, id); // expired while it ran
            }
            log.info("Report job {} ({} {}) done in {} ms", id, r.kindName(), r.format(), (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Report job {} ({} {}) failed", id, r.kindName(), r.format(), e);
            jobs.find(id).ifPresent(current -> update(current.failed(clock.instant())));
        }
    }

    private void update(ReportJob job) {
        jobs.update(job);
    }

    /**
     * Forgets finished jobs older than {@code keep} and deletes their files; fails the jobs an instance
     * stopped before finishing. One instance per tick.
     */
    @Scheduled(fixedDelayString = "${pejling.reports.jobs.cleanup:PT5M}")
    @SchedulerLock(name = "report-jobs-cleanup", lockAtMostFor = "PT10M")
    public void cleanUp() {
        Instant now = clock.instant();
        int failed = jobs.failUnfinishedBefore(now.minus(abandoned), now);
        if (failed > 0) {
            log.warn("{} report jobs were never finished (their instance stopped); marked as failed", failed);
        }
        for (UUID id : jobs.finishedBefore(now.minus(keep))) {
            try {
                files.delete(NAMESPACE, id);
                jobs.delete(id);
            } catch (RuntimeException e) {
                log.warn("Could not delete the report file of job {}", id, e);
            }
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** The queue is full, or the user already has as many jobs under way as allowed: try again shortly. */
    public static class JobsBusyException extends RuntimeException {
        public static final int RETRY_AFTER_SECONDS = 30;

        JobsBusyException() {
            super("the report queue is full; try again in " + RETRY_AFTER_SECONDS + " seconds");
        }
    }
}
