package dk.pejling.archive;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Archive settings ({@code PEJLING_BACKUP_*}, see the README).
 *
 * @param maxExpandedBytes the most an archive's entries may expand to on restore (a zip bomb stops there)
 * @param backupDir        where scheduled backups are written; empty: no scheduled backups
 * @param backupCron       when (Spring cron, six fields)
 * @param backupKeep       how many backups are kept; older ones are deleted after a new one is written
 * @param backupMaxAge     the status page shows red when the last backup is older
 * @param drillCron        when the newest backup is restored into a scratch database and compared
 * @param drillMaxAge      the status page shows red when the last good drill is older
 */
@ConfigurationProperties("pejling.archive")
public record ArchiveProperties(Long maxExpandedBytes, Path backupDir, String backupCron, Integer backupKeep,
                                Duration backupMaxAge, String drillCron, Duration drillMaxAge) {

    public ArchiveProperties {
        maxExpandedBytes = maxExpandedBytes == null ? 64L * 1024 * 1024 * 1024 : maxExpandedBytes;
        backupCron = blank(backupCron) ? "0 0 2 * * *" : backupCron;
        backupKeep = backupKeep == null || backupKeep < 1 ? 14 : backupKeep;
        backupMaxAge = backupMaxAge == null ? Duration.ofHours(26) : backupMaxAge;
        drillCron = blank(drillCron) ? "0 0 4 * * SUN" : drillCron;
        drillMaxAge = drillMaxAge == null ? Duration.ofDays(8) : drillMaxAge;
    }

    public boolean backupsEnabled() {
        return backupDir != null && !backupDir.toString().isBlank();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
