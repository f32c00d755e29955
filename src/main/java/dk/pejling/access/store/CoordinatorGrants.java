package dk.pejling.access.store;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who coordinates which strategy: a plain link table, read on every signed-in request. */
@Repository
public class CoordinatorGrants {

    /** The table, also the record type of the audit entries for appointments and dismissals. */
    public static final String TABLE = "access_coordinator";

    private final JdbcClient jdbc;

    CoordinatorGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<UUID> strategiesOf(UUID userId) {
        return new HashSet<>(jdbc.sql("SELECT strategy_id FROM access_coordinator WHERE user_id = :user")
                .param("user", userId).query(UUID.class).list());
    }

    /** How many strategies each user coordinates, for users with at least one grant. */
    public java.util.Map<UUID, Integer> countsPerUser() {
        java.util.Map<UUID, Integer> counts = new java.util.HashMap<>();
        jdbc.sql("SELECT user_id, COUNT(*) AS n FROM access_coordinator GROUP BY user_id")
                .query(rs -> {
                    counts.put(rs.getObject("user_id", UUID.class), rs.getInt("n"));
                });
        return counts;
    }

    public List<UUID> usersOf(UUID strategyId) {
        return jdbc.sql("SELECT user_id FROM access_coordinator WHERE strategy_id = :strategy ORDER BY granted_at, user_id")
                .param("strategy", strategyId).query(UUID.class).list();
    }

    /** Adds the grant; answers false when it was there already. */
    public boolean grant(UUID userId, UUID strategyId, String grantedBy, Instant at) {
        Integer existing = jdbc.sql("SELECT COUNT(*) FROM access_coordinator WHERE user_id = :user AND strategy_id = :strategy")
                .param("user", userId).param("strategy", strategyId).query(Integer.class).single();
        if (existing > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO access_coordinator (user_id, strategy_id, granted_at, granted_by) "
                        + "VALUES (:user, :strategy, :at, :by)")
                .param("user", userId).param("strategy", strategyId)
                .param("at", java.sql.Timestamp.from(at)).param("by", grantedBy).update();
        return true;
    }

    public boolean revoke(UUID userId, UUID strategyId) {
        return jdbc.sql("DELETE FROM access_coordinator WHERE user_id = :user AND strategy_id = :strategy")
                .param("user", userId).param("strategy", strategyId).update() > 0;
    }
}
