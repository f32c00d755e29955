package dk.pejling.report.job;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where the jobs' states are kept: the table {@code report_job}, so every instance answers for every job. */
interface ReportJobTable {

    void insert(ReportJob job, String instanceId);

    /** Replaces the job's state; false when the job is gone (expired or deleted meanwhile). */
    /** Changes an unfinished job; false when it is gone or already finished (done or failed). */
    boolean update(ReportJob job);

    Optional<ReportJob> find(UUID id);

    long unfinishedOf(UUID ownerId);

    /** Jobs finished before the moment, to be deleted with their files. */
    List<UUID> finishedBefore(Instant limit);

    /** Marks as failed the jobs that are still unfinished although they started before the moment: their instance stopped. */
    int failUnfinishedBefore(Instant limit, Instant now);

    void delete(UUID id);
}
