package dk.pejling.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ModuleListenerExecutorTest {

    @Test
    void runsAtMostTheConfiguredNumberOfListenersAtOnceAndQueuesTheRestWithoutBlockingThePublisher() throws Exception {
        ModuleListenerExecutor config = new ModuleListenerExecutor(4);
        Executor executor = config.getAsyncExecutor();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(243);
        for (int i = 0; i < 243; i++) { // one per agenda item of the largest minutes in the corpus
            executor.execute(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                done.countDown();
            });
        }
        // all 243 handed over while the first four still hold their threads: the publisher never waited
        assertThat(done.getCount()).isEqualTo(243);
        // the four threads start at their own pace (on a busy CI machine one may start late): wait until all four
        // hold a listener, then check for a while that no fifth one starts while they are busy
        await().atMost(Duration.ofSeconds(60)).until(() -> running.get() == 4);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> running.get() == 4);
        release.countDown();
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(most.get()).isEqualTo(4);
        assertThat(config.getAsyncExecutor()).isSameAs(executor);
        config.destroy();
    }

    @Test
    void refusesAConfigurationWithoutThreads() {
        assertThatThrownBy(() -> new ModuleListenerExecutor(0)).hasMessageContaining("pejling.listeners.threads");
    }
}
