package dk.pejling.report.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import dk.pejling.shared.AuditAction;
import dk.pejling.shared.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The free texts of annual reports, one row per strategy, year and section, with a version for 409. */
@Repository
public class ReportTextStore {

    /** A stored text with its version. */
    public record StoredText(String body, long version) {
    }

    /** What the audit log records of a text: the record id is the strategy's, so its history finds it. */
    record AuditedText(int year, String section, String body) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ReportTextStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public Map<String, StoredText> all(UUID strategyId, int year) {
        Map<String, StoredText> result = new LinkedHashMap<>();
        jdbc.sql("SELECT section, body, version FROM report_text WHERE strategy_id = :s AND report_year = :y ORDER BY section")
                .param("s", strategyId).param("y", year)
                .query(rs -> {
                    result.put(rs.getString("section"), new StoredText(rs.getString("body"), rs.getLong("version")));
                });
        return result;
    }

    /** Inserts version 0 or updates when the version matches; false when someone else saved first. */
    public boolean save(UUID strategyId, int year, String section, String body, Long expectedVersion, String by, Instant at) {
        if (expectedVersion == null) {
            Integer exists = jdbc.sql("SELECT COUNT(*) FROM report_text WHERE strategy_id = :s AND report_year = :y AND section = :k")
                    .param("s", strategyId).param("y", year).param("k", section).query(Integer.class).single();
            if (exists > 0) {
                return false;
            }
            try {
                jdbc.sql("""
                    INSERT INTO report_text (strategy_id, report_year, section, body, version, updated_by, updated_at)
                    VALUES (:s, :y, :k, :b, 0, :by, :at)""")
                    .param("s", strategyId).param("y", year).param("k", section).param("b", body)
                    .param("by", by).param("at", Timestamp.from(at)).update();
            } catch (DuplicateKeyException e) {
                return false; // someone else wrote the section first
            }
            events.publishEvent(AuditEvent.change(AuditAction.CREATE, "report_text", strategyId, null,
                    new AuditedText(year, section, body)));
            return true;
        }
        StoredText before = all(strategyId, year).get(section);
        boolean updated = jdbc.sql("""
                UPDATE report_text SET body = :b, version = version + 1, updated_by = :by, updated_at = :at
                 WHERE strategy_id = :s AND report_year = :y AND section = :k AND version = :v""")
                .param("s", strategyId).param("y", year).param("k", section).param("b", body)
                .param("by", by).param("at", Timestamp.from(at)).param("v", expectedVersion).update() == 1;
        if (updated) {
            events.publishEvent(AuditEvent.change(AuditAction.UPDATE, "report_text", strategyId,
                    new AuditedText(year, section, before == null ? null : before.body()), new AuditedText(year, section, body)));
        }
        return updated;
    }
}
