package dk.pejling.initiative.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * When a strategy's initiatives last changed, in one query: an initiative edited, a status report
 * submitted, returned, approved or corrected, a round approved.
 */
@Repository
public class InitiativeChangeQueries {

    private final JdbcClient jdbc;

    InitiativeChangeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The latest change. Internal initiatives, and reports not (yet) approved, count only when
     * {@code internal}: who reads only public records learns nothing from the date about the others.
     */
    public Optional<Instant> lastChangeOfStrategy(UUID strategyId, boolean internal) {
        return jdbc.sql("""
                SELECT MAX(changed) AS changed FROM (
                    SELECT MAX(updated_at) AS changed FROM initiative
                     WHERE strategy_id = :strategy AND (visibility = 'PUBLIC' OR :internal = TRUE)
                    UNION ALL
                    SELECT MAX(v.happened_at) FROM status_report_revision v JOIN status_report r ON r.id = v.report_id
                     WHERE r.initiative_id IN (SELECT id FROM initiative
                                                WHERE strategy_id = :strategy AND (visibility = 'PUBLIC' OR :internal = TRUE))
                       AND (v.action IN ('APPROVED', 'CORRECTED') OR :internal = TRUE)
                    UNION ALL
                    SELECT MAX(approved_at) FROM reporting_round WHERE strategy_id = :strategy
                ) changes""")
                .param("strategy", strategyId).param("internal", internal)
                .query((rs, n) -> Optional.ofNullable(rs.getObject("changed", OffsetDateTime.class)).map(OffsetDateTime::toInstant))
                .single();
    }
}
