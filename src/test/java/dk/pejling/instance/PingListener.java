package dk.pejling.instance;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A module listener for {@link OutstandingEventsTest}, which blocks or fails on request so the test can watch
 * what the event publication registry and the resubmission job do with it. Imported by every
 * {@code @IntegrationTest}, so that one test's listener does not cost an application context of its own; nothing
 * but that test publishes a {@link Ping}.
 */
public class PingListener {

    record Ping(String id, String mode) {
    }

    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
    static volatile CountDownLatch block = new CountDownLatch(0);

    static int calls(String id) {
        return CALLS.getOrDefault(id, new AtomicInteger()).get();
    }

    @ApplicationModuleListener
    void on(Ping ping) throws InterruptedException {
        int call = CALLS.computeIfAbsent(ping.id(), k -> new AtomicInteger()).incrementAndGet();
        if ("block".equals(ping.mode())) {
            block.await(60, TimeUnit.SECONDS);
        } else if ("fail-once".equals(ping.mode()) && call == 1) {
            throw new IllegalStateException("the first run fails, as one interrupted by a stop");
        }
    }
}
