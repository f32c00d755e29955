package dk.pejling.shared;

import java.util.concurrent.Executor;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads the modules' {@code @ApplicationModuleListener}s (asynchronous after the commit) run on: a few,
 * with a queue. With virtual threads the default is one new thread per event without a limit; confirming minutes
 * with 243 agenda items then started 243 listeners at once, each holding a database connection, and the pool
 * ran dry for the web requests. A queue, not a throttle that blocks the publisher: a listener that publishes
 * events of its own (text extraction, the safety-index feed) must never wait for a free thread, or four such
 * listeners could wait on each other for ever. An event still waiting when the application stops stays
 * incomplete in the event publication registry and is resubmitted.
 */
@Configuration(proxyBeanMethods = false)
class ModuleListenerExecutor implements AsyncConfigurer, DisposableBean {

    private final int threads;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    private boolean started;

    ModuleListenerExecutor(@Value("${pejling.listeners.threads:4}") int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("pejling.listeners.threads must be 1 or more, was " + threads);
        }
        this.threads = threads;
    }

    @Override
    public synchronized Executor getAsyncExecutor() {
        if (!started) {
            executor.setCorePoolSize(threads);
            executor.setMaxPoolSize(threads);
            executor.setThreadNamePrefix("module-listener-");
            executor.initialize();
            started = true;
        }
        return executor;
    }

    /** Not a bean itself (a bean of type Executor would replace Boot's executor for web requests), so closed here. */
    @Override
    public void destroy() {
        executor.shutdown();
    }
}
