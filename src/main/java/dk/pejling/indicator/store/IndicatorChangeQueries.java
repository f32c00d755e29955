package dk.pejling.indicator.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * When the indicator records of some goals last changed, in one query: an indicator's definition or
 * targets (its {@code updated_at}), a value entered or corrected, a verdict set by hand.
 */
@Repository
public class IndicatorChangeQueries {

    private static final String SERVING = "SELECT indicator_id FROM indicator_goal WHERE goal_id IN (:goals)";
    private final JdbcClient jdbc;

    IndicatorChangeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest change; internal indicators (and their values) count only when {@code internal}. */
    public Optional<Instant> lastChangeOfGoals(Collection<UUID> goalIds, boolean internal) {
        if (goalIds.isEmpty()) {
            return Optional.empty();
        }
        String visible = "SELECT id FROM indicator WHERE id IN (" + SERVING + ") AND (visibility = 'PUBLIC' OR :internal = TRUE)";
        return jdbc.sql("""
                SELECT MAX(changed) AS changed FROM (
                    SELECT MAX(updated_at) AS changed FROM indicator WHERE id IN (%1$s)
                    UNION ALL
                    SELECT MAX(entered_at) FROM indicator_measurement WHERE indicator_id IN (%1$s)
                    UNION ALL
                    SELECT MAX(set_at) FROM indicator_manual_verdict WHERE goal_id IN (:goals)
                ) changes""".formatted(visible))
                .param("goals", new ArrayList<>(goalIds)).param("internal", internal)
                .query((rs, n) -> Optional.ofNullable(rs.getObject("changed", OffsetDateTime.class)).map(OffsetDateTime::toInstant))
                .single();
    }
}
