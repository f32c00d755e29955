package dk.pejling.initiative.store;

import dk.pejling.initiative.ApprovedStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the append-only status history as it stood at a moment: per initiative of a round, the
 * latest approved (or corrected) revision that happened at or before it.
 */
@Repository
public class ApprovedStatusQueries {

    private final JdbcClient jdbc;

    ApprovedStatusQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Initiative id → its approved status at {@code asOf}; initiatives without one are absent. */
    public Map<UUID, ApprovedStatus> approvedAt(UUID roundId, Instant asOf) {
        Map<UUID, ApprovedStatus> result = new HashMap<>();
        jdbc.sql("""
                SELECT r.initiative_id, v.status_code, v.comment, v.happened_at, v.revision
                  FROM status_report r
                  JOIN status_report_revision v ON v.report_id = r.id
                 WHERE r.round_id = :round AND v.happened_at <= :asOf AND v.action IN ('APPROVED', 'CORRECTED')
                 ORDER BY r.initiative_id, v.happened_at, v.revision""")
                .param("round", roundId)
                .param("asOf", Timestamp.from(asOf))
                .query(rs -> {
                    // Ordered by time: the last one per initiative wins.
                    result.put(rs.getObject("initiative_id", UUID.class), new ApprovedStatus(rs.getString("status_code"),
                            rs.getString("comment"), rs.getTimestamp("happened_at").toInstant()));
                });
        return result;
    }
}
