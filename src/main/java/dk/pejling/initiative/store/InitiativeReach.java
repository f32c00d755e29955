package dk.pejling.initiative.store;

import dk.pejling.shared.Visibility;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where an initiative sits (its strategy and own visibility), without loading the aggregate and its lists. */
@Repository
public class InitiativeReach {

    public record Reach(UUID strategyId, Visibility visibility) {
    }

    private final JdbcClient jdbc;

    InitiativeReach(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which of these initiatives are internal. */
    public java.util.Set<UUID> internalAmong(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(jdbc.sql("SELECT id FROM initiative WHERE id IN (:ids) AND visibility = 'INTERNAL'")
                .param("ids", new java.util.ArrayList<>(ids)).query(UUID.class).list());
    }

    public Optional<Reach> of(UUID initiativeId) {
        return jdbc.sql("SELECT strategy_id, visibility FROM initiative WHERE id = :id").param("id", initiativeId)
                .query((rs, n) -> new Reach(rs.getObject("strategy_id", UUID.class), Visibility.valueOf(rs.getString("visibility"))))
                .optional();
    }
}
