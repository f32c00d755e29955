package dk.pejling.report.job;

import dk.pejling.report.ReportFormat;
import java.time.Instant;
import java.util.UUID;

/**
 * One report generation started by a signed-in user, as it stands now. Immutable: the runner
 * replaces it at each step, so a reader never sees half an update.
 *
 * @param step      the steps done so far (0 while queued); {@code steps} in all when done
 * @param fileName  the name the download gets, set when done
 */
public record ReportJob(UUID id, UUID ownerId, ReportJobRequest request, State state, int step, int steps,
                        String fileName, long size, Instant createdAt, Instant finishedAt) {

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    /** The steps of a generation, in order: the progress shows which one is under way. */
    public enum Step { DATA, LAYOUT, STORE }

    public static final int STEPS = Step.values().length;

    static ReportJob queued(UUID id, UUID ownerId, ReportJobRequest request, Instant now) {
        return new ReportJob(id, ownerId, request, State.QUEUED, 0, STEPS, null, 0, now, null);
    }

    ReportJob running(int stepsDone) {
        return new ReportJob(id, ownerId, request, State.RUNNING, stepsDone, steps, null, 0, createdAt, null);
    }

    ReportJob done(String name, long bytes, Instant now) {
        return new ReportJob(id, ownerId, request, State.DONE, steps, steps, name, bytes, createdAt, now);
    }

    ReportJob failed(Instant now) {
        return new ReportJob(id, ownerId, request, State.FAILED, step, steps, null, 0, createdAt, now);
    }

    public boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }

    /** The step under way (or the last one, when done), for the progress text. */
    public Step currentStep() {
        return Step.values()[Math.min(step, STEPS - 1)];
    }

    public int percent() {
        return steps == 0 ? 0 : step * 100 / steps;
    }

    public ReportFormat format() {
        return request.format();
    }
}
