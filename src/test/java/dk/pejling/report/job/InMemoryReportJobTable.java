package dk.pejling.report.job;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The report_job table's behaviour in memory, for the queue's tests without a database. */
final class InMemoryReportJobTable implements ReportJobTable {

    private final Map<UUID, ReportJob> rows = new ConcurrentHashMap<>();

    @Override
    public void insert(ReportJob job, String instanceId) {
        rows.put(job.id(), job);
    }

    @Override
    public boolean update(ReportJob job) {
        // as ReportJobRows: a finished job is never changed again
        boolean[] changed = {false};
        rows.computeIfPresent(job.id(), (id, old) -> {
            if (old.finished()) {
                return old;
            }
            changed[0] = true;
            return job;
        });
        return changed[0];
    }

    @Override
    public Optional<ReportJob> find(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public long unfinishedOf(UUID ownerId) {
        return rows.values().stream().filter(j -> j.ownerId().equals(ownerId) && !j.finished()).count();
    }

    @Override
    public List<UUID> finishedBefore(Instant limit) {
        return rows.values().stream().filter(j -> j.finished() && j.finishedAt().isBefore(limit)).map(ReportJob::id).toList();
    }

    @Override
    public int failUnfinishedBefore(Instant limit, Instant now) {
        int failed = 0;
        for (ReportJob job : List.copyOf(rows.values())) {
            if (!job.finished() && job.createdAt().isBefore(limit)) {
                rows.put(job.id(), job.failed(now));
                failed++;
            }
        }
        return failed;
    }

    @Override
    public void delete(UUID id) {
        rows.remove(id);
    }
}
