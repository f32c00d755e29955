package dk.pejling.shared;

import org.springframework.context.SmartLifecycle;

/**
 * Start-up work that must be finished before the web server takes its first request: the first
 * administrator, the demo data. An {@code ApplicationRunner} runs only after the server has started,
 * so for several seconds the first visitor saw an empty register and could even race the demo loader.
 * A lifecycle phase below the web server's makes Spring finish this work first; every bean, event
 * listener and transaction manager is ready by then.
 */
public abstract class BeforeServing implements SmartLifecycle {

    /** Spring Boot's servlet web server starts in this phase ({@code WebServerStartStopLifecycle}). */
    static final int WEB_SERVER_PHASE = Integer.MAX_VALUE - 2048;

    private volatile boolean done;

    /** Runs once, on the calling thread, before the web server starts. */
    protected abstract void runBeforeServing();

    /** Lower runs first; between 0 and 999. */
    protected abstract int order();

    @Override
    public final void start() {
        if (!done) {
            runBeforeServing();
            done = true;
        }
    }

    @Override
    public final void stop() {
        // Nothing to undo: the work is a one-time change to the database.
    }

    @Override
    public final boolean isRunning() {
        return done;
    }

    @Override
    public final int getPhase() {
        return WEB_SERVER_PHASE - 1000 + Math.clamp(order(), 0, 999);
    }
}
