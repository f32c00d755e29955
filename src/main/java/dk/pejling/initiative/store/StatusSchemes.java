package dk.pejling.initiative.store;

import dk.pejling.initiative.StatusCodeUse;
import dk.pejling.initiative.StatusOption;
import dk.pejling.shared.AuditAction;
import dk.pejling.shared.AuditEvent;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A strategy's own status legend, or the default one when it has none. */
@Repository
public class StatusSchemes {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    StatusSchemes(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public List<StatusOption> of(UUID strategyId) {
        List<StatusOption> own = jdbc.sql("""
                SELECT code, label_da, label_en, colour, icon, needs_note FROM initiative_status_option
                 WHERE strategy_id = :s ORDER BY position""")
                .param("s", strategyId)
                .query((rs, n) -> new StatusOption(rs.getString("code"), rs.getString("label_da"), rs.getString("label_en"),
                        rs.getString("colour"), rs.getString("icon"), rs.getBoolean("needs_note")))
                .list();
        return own.isEmpty() ? StatusOption.DEFAULT : own;
    }

    /**
     * Every status report of the strategy's rounds that carries one of the codes, now or in its history,
     * oldest round first. (Current states and revisions: an approved report's history is what reports
     * as of an earlier date show.)
     */
    public List<StatusCodeUse> usesOf(UUID strategyId, java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT DISTINCT u.status_code, u.report_id, u.round_id, u.initiative_id, rr.as_of FROM (
                    SELECT r.status_code, r.id AS report_id, r.round_id, r.initiative_id FROM status_report r
                    UNION ALL
                    SELECT v.status_code, r.id, r.round_id, r.initiative_id
                      FROM status_report_revision v JOIN status_report r ON r.id = v.report_id
                ) u JOIN reporting_round rr ON rr.id = u.round_id
                 WHERE rr.strategy_id = :s AND u.status_code IN (:codes)
                 ORDER BY rr.as_of, u.round_id, u.report_id, u.status_code""")
                .param("s", strategyId).param("codes", codes)
                .query((rs, n) -> new StatusCodeUse(rs.getString("status_code"), rs.getObject("report_id", UUID.class),
                        rs.getObject("round_id", UUID.class), rs.getObject("initiative_id", UUID.class)))
                .list();
    }

    /** Replaces the strategy's legend; written by plain SQL, so it tells the audit log itself. */
    public void replace(UUID strategyId, List<StatusOption> options) {
        List<StatusOption> before = of(strategyId);
        jdbc.sql("DELETE FROM initiative_status_option WHERE strategy_id = :s").param("s", strategyId).update();
        for (int i = 0; i < options.size(); i++) {
            StatusOption o = options.get(i);
            jdbc.sql("""
                    INSERT INTO initiative_status_option (strategy_id, position, code, label_da, label_en, colour, icon, needs_note)
                    VALUES (:s, :p, :code, :da, :en, :colour, :icon, :note)""")
                    .param("s", strategyId).param("p", i).param("code", o.code()).param("da", o.labelDa())
                    .param("en", o.labelEn()).param("colour", o.colour()).param("icon", o.icon())
                    .param("note", o.needsNote()).update();
        }
        events.publishEvent(AuditEvent.change(AuditAction.UPDATE, "initiative_status_option", strategyId,
                Map.of("options", before), Map.of("options", options)));
    }
}
