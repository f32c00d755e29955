package dk.pejling.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pejling.IntegrationTest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outstanding events are sent again by one scheduled job, not by every instance that starts: a publication
 * another instance's listener is running right now is left alone, and one whose listener failed long ago runs
 * again once, even when two instances' ticks come at the same moment.
 */
@IntegrationTest // with PingListener; the test profile keeps the scheduled tick away (pejling.events.resubmit-first)
class OutstandingEventsTest {

    @Autowired
    OutstandingEvents job;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPublicationInFlightOnALiveInstanceIsNotResubmitted() throws Exception {
        PingListener.block = new CountDownLatch(1);
        publish(new PingListener.Ping("in-flight", "block"));
        await().atMost(Duration.ofSeconds(60)).until(() -> PingListener.calls("in-flight") == 1);
        assertThat(status("in-flight")).isEqualTo("PROCESSING");

        // What an instance starting now does: with the resubmission at start it would run the listener again.
        new OutstandingEvents(incomplete, Duration.ofMinutes(10)).resubmit();

        assertThat(status("in-flight")).as("not claimed for resubmission").isEqualTo("PROCESSING");
        assertThat(attempts("in-flight")).isLessThanOrEqualTo(1);
        PingListener.block.countDown();
        await().atMost(Duration.ofSeconds(60)).until(() -> "COMPLETED".equals(status("in-flight")));
        assertThat(PingListener.calls("in-flight")).isOne();
    }

    @Test
    void anOldPublicationWhoseListenerFailedRunsAgainOnceWhenTwoInstancesTickTogether() throws Exception {
        publish(new PingListener.Ping("failed", "fail-once"));
        await().atMost(Duration.ofSeconds(60)).until(() -> "FAILED".equals(status("failed")));
        jdbc.update("UPDATE event_publication SET publication_date = publication_date - INTERVAL '1' HOUR "
                + "WHERE serialized_event LIKE ?", "%\"failed\"%");

        // Two instances' ticks at once: the job's lock lets one of them resubmit.
        CompletableFuture<Void> first = CompletableFuture.runAsync(job::resubmit);
        CompletableFuture<Void> second = CompletableFuture.runAsync(job::resubmit);
        CompletableFuture.allOf(first, second).get(60, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(60)).until(() -> "COMPLETED".equals(status("failed")));
        assertThat(PingListener.calls("failed")).as("the first, failed run and one resubmission").isEqualTo(2);
        // Nothing incomplete is left of it for the next tick.
        new OutstandingEvents(incomplete, Duration.ZERO).resubmit();
        assertThat(status("failed")).isEqualTo("COMPLETED");
        assertThat(PingListener.calls("failed")).isEqualTo(2);
    }

    private void publish(PingListener.Ping ping) {
        transaction.executeWithoutResult(s -> events.publishEvent(ping));
    }

    private String status(String id) {
        return jdbc.queryForObject("SELECT status FROM event_publication WHERE serialized_event LIKE ?", String.class,
                "%\"" + id + "\"%");
    }

    private int attempts(String id) {
        Integer attempts = jdbc.queryForObject("SELECT completion_attempts FROM event_publication WHERE serialized_event LIKE ?",
                Integer.class, "%\"" + id + "\"%");
        return attempts == null ? 0 : attempts;
    }
}
