package dk.pejling.audit;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long entries are kept ({@code PEJLING_AUDIT_RETENTION_READS}, {@code PEJLING_AUDIT_RETENTION_CHANGES}).
 *
 * @param retention reads: exports, downloads, logins and failed logins (default six months);
 *                  changes: creations, updates, deletions, status changes, approvals (default: for ever)
 */
@ConfigurationProperties("pejling.audit")
public record AuditProperties(Retention retention, String cron) {

    public AuditProperties {
        retention = retention == null ? new Retention(null, null) : retention;
        cron = cron == null || cron.isBlank() ? "0 30 3 * * *" : cron;
    }

    /** A null period keeps entries for ever. */
    public record Retention(Period reads, Period changes) {
    }
}
