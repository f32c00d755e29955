package dk.pejling.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.IntegrationTest;
import dk.pejling.audit.store.AuditStore;
import dk.pejling.audit.store.NewAuditEntry;
import dk.pejling.shared.AuditAction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database itself keeps the log append-only; only the retention job deletes, and only what is old enough. */
@IntegrationTest
class AuditAppendOnlyTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditStore store;
    @Autowired
    AuditRetention retention;

    @Test
    void plainSqlCannotUpdateOrDeleteAnEntry() {
        String marker = "append-only-" + UUID.randomUUID();
        store.insert(entry(Instant.now(), AuditAction.UPDATE, marker));

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor_name = 'someone else' WHERE record_id = :m")
                .param("m", marker).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE record_id = :m").param("m", marker).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(count(marker)).isEqualTo(1);
    }

    @Test
    void retentionDeletesOldReadsAndLoginsAndKeepsChanges() {
        Instant now = Instant.parse("2030-06-15T10:00:00Z");
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        String marker = "retention-" + UUID.randomUUID();
        Instant sevenMonthsAgo = now.minus(Duration.ofDays(213));
        store.insert(entry(sevenMonthsAgo, AuditAction.LOGIN, marker));
        store.insert(entry(sevenMonthsAgo, AuditAction.EXPORT, marker));
        store.insert(entry(sevenMonthsAgo, AuditAction.UPDATE, marker));
        store.insert(entry(now.minus(Duration.ofDays(30)), AuditAction.DOWNLOAD, marker));

        int deleted = retention.purge(clock);

        assertThat(deleted).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE record_id = :m ORDER BY action").param("m", marker)
                .query(String.class).list()).containsExactly("DOWNLOAD", "UPDATE");
        // Outside the job, deleting is refused again.
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE record_id = :m").param("m", marker).update())
                .isInstanceOf(DataAccessException.class);
    }

    private long count(String marker) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE record_id = :m").param("m", marker).query(Long.class).single();
    }

    private static NewAuditEntry entry(Instant at, AuditAction action, String recordId) {
        return new NewAuditEntry(at, null, "system", null, null, action, "test", recordId, null, "{}");
    }
}
