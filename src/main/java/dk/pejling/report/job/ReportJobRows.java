package dk.pejling.report.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The table {@code report_job}: a job's request as JSON beside its state, owner and file name. */
@Component
class ReportJobRows implements ReportJobTable {

    private static final String COLUMNS = "id, owner_id, request, state, step, file_name, size, created_at, finished_at";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ReportJobRows(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void insert(ReportJob job, String instanceId) {
        jdbc.update("INSERT INTO report_job (" + COLUMNS + ", instance_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                job.id(), job.ownerId(), json.writeValueAsString(job.request()), job.state().name(), job.step(),
                job.fileName(), job.size(), timestamp(job.createdAt()), timestamp(job.finishedAt()), instanceId);
    }

    @Override
    public boolean update(ReportJob job) {
        // Only an unfinished job changes: a worker whose job the clean-up already failed (its instance was taken
        // for stopped) must not write it back to RUNNING or DONE from its older copy.
        return jdbc.update("UPDATE report_job SET state = ?, step = ?, file_name = ?, size = ?, finished_at = ?"
                        + " WHERE id = ? AND state IN ('QUEUED', 'RUNNING')",
                job.state().name(), job.step(), job.fileName(), job.size(), timestamp(job.finishedAt()), job.id()) > 0;
    }

    @Override
    public Optional<ReportJob> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM report_job WHERE id = ?", this::job, id).stream().findFirst();
    }

    @Override
    public long unfinishedOf(UUID ownerId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM report_job WHERE owner_id = ? AND state IN ('QUEUED', 'RUNNING')",
                Long.class, ownerId);
        return count == null ? 0 : count;
    }

    @Override
    public List<UUID> finishedBefore(Instant limit) {
        return jdbc.queryForList("SELECT id FROM report_job WHERE state IN ('DONE', 'FAILED') AND finished_at < ?",
                UUID.class, timestamp(limit));
    }

    @Override
    public int failUnfinishedBefore(Instant limit, Instant now) {
        return jdbc.update("UPDATE report_job SET state = 'FAILED', finished_at = ? WHERE state IN ('QUEUED', 'RUNNING') "
                + "AND created_at < ?", timestamp(now), timestamp(limit));
    }

    @Override
    public void delete(UUID id) {
        jdbc.update("DELETE FROM report_job WHERE id = ?", id);
    }

    private ReportJob job(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ReportJob(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class),
                json.readValue(rs.getString("request"), ReportJobRequest.class),
                ReportJob.State.valueOf(rs.getString("state")), rs.getInt("step"), ReportJob.STEPS,
                rs.getString("file_name"), rs.getLong("size"), rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
