package dk.pejling.proceedings.store;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code proceedings_secretary} grants: which users form the secretariat of which committee. */
@Repository
public class SecretaryGrants {

    private final JdbcClient jdbc;

    SecretaryGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<UUID> committeesOf(UUID userId) {
        return Set.copyOf(jdbc.sql("SELECT committee_id FROM proceedings_secretary WHERE user_id = :u")
                .param("u", userId).query(UUID.class).list());
    }

    public boolean holds(UUID committeeId, UUID userId) {
        return jdbc.sql("SELECT COUNT(*) FROM proceedings_secretary WHERE committee_id = :c AND user_id = :u")
                .param("c", committeeId).param("u", userId).query(Long.class).single() > 0;
    }

    public List<UUID> secretariesOf(UUID committeeId) {
        return jdbc.sql("SELECT user_id FROM proceedings_secretary WHERE committee_id = :c ORDER BY granted_at, user_id")
                .param("c", committeeId).query(UUID.class).list();
    }

    /** Grants unless held already; answers whether it was new. */
    public boolean grant(UUID committeeId, UUID userId, String grantedBy, Instant now) {
        if (holds(committeeId, userId)) {
            return false;
        }
        try {
            jdbc.sql("""
                    INSERT INTO proceedings_secretary (committee_id, user_id, granted_by, granted_at)
                    VALUES (:c, :u, :by, :at)""")
                    .param("c", committeeId).param("u", userId).param("by", grantedBy)
                    .param("at", java.sql.Timestamp.from(now)).update();
            return true;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return false; // granted at the same moment by someone else
        }
    }

    /** Answers whether a grant was removed. */
    public boolean revoke(UUID committeeId, UUID userId) {
        return jdbc.sql("DELETE FROM proceedings_secretary WHERE committee_id = :c AND user_id = :u")
                .param("c", committeeId).param("u", userId).update() > 0;
    }
}
