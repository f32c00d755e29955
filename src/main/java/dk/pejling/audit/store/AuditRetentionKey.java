package dk.pejling.audit.store;

import dk.pejling.shared.LocalSecret;
import dk.pejling.shared.PejlingProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The secret the retention job shows PostgreSQL's trigger to delete old audit entries
 * ({@code db/vendor/postgresql/V202612021002__audit_retention_key.sql}). Ordinary sessions of the
 * same database user cannot: the database holds only the secret's SHA-256, written once at the first
 * start, and the secret itself lives outside the database, in {@code PEJLING_AUDIT_RETENTION_KEY} or
 * else in {@code <data dir>/audit-retention.key}. Several instances on one database need the same key.
 *
 * <p>On H2 nothing is needed: the embedded database runs its Java trigger on the caller's thread, and
 * no SQL can set the thread's flag that only {@link RetentionDeletes} sets.
 */
@Component
public class AuditRetentionKey extends dk.pejling.shared.BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(AuditRetentionKey.class);

    private final JdbcClient jdbc;
    private final boolean postgres;
    private final String secret;

    AuditRetentionKey(JdbcClient jdbc, DataSource dataSource, PejlingProperties properties, Environment environment) {
        this.jdbc = jdbc;
        this.postgres = AuditStore.isPostgres(dataSource);
        String configured = environment.getProperty("pejling.audit.retention-key", "");
        this.secret = !configured.isBlank() ? configured.strip()
                : Base64.getEncoder().encodeToString(LocalSecret.load(properties.dataDir().resolve("audit-retention.key"))
                        .orElseGet(LocalSecret::random));
    }

    /** Registers the key's hash on a PostgreSQL schema that has none yet, before any request is served. */
    /** First of the start-up work, so the key is registered before the demo data or any request. */
    @Override
    protected int order() {
        return 0;
    }

    @Override
    protected void runBeforeServing() {
        if (!postgres) {
            return;
        }
        if (stored().isEmpty()) {
            jdbc.sql("INSERT INTO audit_retention_key (id, key_hash) VALUES (1, :hash) ON CONFLICT (id) DO NOTHING")
                    .param("hash", hash(secret)).update();
        }
        if (!stored().map(hash(secret)::equals).orElse(false)) {
            log.error("The audit retention job cannot delete old entries: this database was set up with another "
                    + "retention key (PEJLING_AUDIT_RETENTION_KEY or <data dir>/audit-retention.key). Entries are kept.");
        }
    }

    private Optional<String> stored() {
        return jdbc.sql("SELECT key_hash FROM audit_retention_key WHERE id = 1").query(String.class).optional();
    }

    /** Lets this transaction's deletes through PostgreSQL's trigger (a transaction-local setting). */
    void unlockForThisTransaction() {
        if (postgres) {
            jdbc.sql("SELECT set_config('pejling.audit_retention', :key, true)").param("key", secret)
                    .query(String.class).single();
        }
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
