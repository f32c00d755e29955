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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The database itself keeps the log append-only; only the retention job deletes, and only what is old enough. */
@IntegrationTest
class AuditAppendOnlyTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditStore store;
    @Autowired
    AuditRetention retention;
    @Autowired
    PlatformTransactionManager transactions;

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

    @Test
    void noOrdinarySessionCanOpenTheRetentionJobsWayToDelete() {
        String marker = "retention-key-" + UUID.randomUUID();
        store.insert(entry(Instant.now(), AuditAction.LOGIN, marker));
        boolean postgres = isPostgres();

        // The old way in: any session could set the flag the trigger trusted.
        assertThatThrownBy(() -> inTransaction(() -> {
            if (postgres) {
                jdbc.sql("SELECT set_config('pejling.audit_retention', 'on', true)").query(String.class).single();
            }
            jdbc.sql("DELETE FROM audit_entry WHERE record_id = :m").param("m", marker).update();
        })).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        if (postgres) {
            // Neither a guessed key, nor a key of one's own in a temporary table that shadows the real one,
            // nor replacing the stored hash.
            String hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"; // sha256("test")
            assertThatThrownBy(() -> inTransaction(() -> {
                jdbc.sql("CREATE TEMPORARY TABLE audit_retention_key (id INT, key_hash VARCHAR(64)) ON COMMIT DROP").update();
                jdbc.sql("INSERT INTO audit_retention_key VALUES (1, :h)").param("h", hash).update();
                jdbc.sql("SELECT set_config('pejling.audit_retention', 'test', true)").query(String.class).single();
                jdbc.sql("DELETE FROM audit_entry WHERE record_id = :m").param("m", marker).update();
            })).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.sql("UPDATE audit_retention_key SET key_hash = :h").param("h", hash).update())
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("written once");
            assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_retention_key").update())
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("written once");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_retention_key").query(Long.class).single()).isEqualTo(1);
        }
        assertThat(count(marker)).isEqualTo(1);
    }

    private boolean isPostgres() {
        return jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'audit_retention_key'")
                .query(Long.class).single() > 0;
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }

    private long count(String marker) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE record_id = :m").param("m", marker).query(Long.class).single();
    }

    private static NewAuditEntry entry(Instant at, AuditAction action, String recordId) {
        return new NewAuditEntry(at, null, "system", null, null, action, "test", recordId, null, "{}");
    }
}
