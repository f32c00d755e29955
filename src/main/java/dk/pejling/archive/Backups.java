package dk.pejling.archive;

import dk.pejling.archive.engine.ArchiveReader;
import dk.pejling.archive.engine.ArchiveWriter;
import dk.pejling.archive.engine.Archives;
import dk.pejling.archive.engine.FlywayVersion;
import dk.pejling.archive.engine.Manifest;
import dk.pejling.archive.engine.ScratchDatabase;
import dk.pejling.archive.engine.ScratchFileStore;
import dk.pejling.shared.Viewer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Scheduled backups into {@code PEJLING_BACKUP_DIR} with a retention, and the restore drill: the
 * newest backup restored into a scratch database (a schema of its own on PostgreSQL, an in-memory
 * database beside H2) and compared, row counts and the SHA-256 of every data entry and file, with
 * what the backup's manifest says. A backup that was never restored is assumed not to work.
 */
@Component
public class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);

    private final ArchiveService archives;
    private final BackupStatus status;
    private final ArchiveProperties properties;
    private final Environment environment;

    Backups(ArchiveService archives, BackupStatus status, ArchiveProperties properties, Environment environment) {
        this.archives = archives;
        this.status = status;
        this.properties = properties;
        this.environment = environment;
    }

    /** The outcome of a drill. */
    public record Drill(boolean ok, String backup, String detail) {
    }

    @Scheduled(cron = "${pejling.archive.backup-cron:0 0 2 * * *}")
    @SchedulerLock(name = "archive-backup", lockAtMostFor = "PT6H")
    public void scheduledBackup() {
        if (properties.backupsEnabled()) {
            try {
                log.info("backup written to {}", backup());
            } catch (IOException | RuntimeException e) {
                log.error("backup failed: {}", e.getMessage(), e);
            }
        }
    }

    @Scheduled(cron = "${pejling.archive.drill-cron:0 0 4 * * SUN}")
    @SchedulerLock(name = "archive-restore-drill", lockAtMostFor = "PT6H")
    public void scheduledDrill() {
        if (properties.backupsEnabled()) {
            Drill drill = runDrill();
            log.info("restore drill of {}: {} {}", drill.backup(), drill.ok() ? "ok" : "FAILED", drill.detail());
        }
    }

    /** Writes a backup now (an administrator's button, or the schedule), then applies the retention. */
    public Path backup(Viewer viewer) throws IOException {
        ArchiveService.requireAdmin(viewer);
        return backup();
    }

    synchronized Path backup() throws IOException {
        if (!properties.backupsEnabled()) {
            throw new IllegalStateException("no backup directory configured (PEJLING_BACKUP_DIR)");
        }
        Path dir = Files.createDirectories(properties.backupDir());
        Path target = dir.resolve(archives.fileName(ArchiveScope.ALL, archives.now()));
        Path part = dir.resolve(target.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            archives.exportUnchecked(target, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        List<Path> all = status.backups();
        for (Path old : all.subList(Math.min(all.size(), properties.backupKeep()), all.size())) {
            Files.deleteIfExists(old);
        }
        return target;
    }

    /** Runs the restore drill now, for an administrator. */
    public Drill drill(Viewer viewer) {
        ArchiveService.requireAdmin(viewer);
        return runDrill();
    }

    synchronized Drill runDrill() {
        Path backup = status.newestBackup().orElse(null);
        Drill drill;
        if (backup == null) {
            drill = new Drill(false, null, "no backup to restore");
        } else {
            try {
                drill = restoreAndCompare(backup);
            } catch (IOException | RuntimeException e) {
                drill = new Drill(false, backup.getFileName().toString(), e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        try {
            status.recordDrill(archives.now(), drill.ok(), drill.detail());
        } catch (IOException e) {
            log.error("could not record the drill's result: {}", e.getMessage());
        }
        return drill;
    }

    private Drill restoreAndCompare(Path backup) throws IOException {
        String name = backup.getFileName().toString();
        Manifest original;
        try (ArchiveReader reader = ArchiveReader.open(backup, properties.maxExpandedBytes())) {
            if (!reader.problems().isEmpty()) {
                return new Drill(false, name, reader.problems().getFirst().text());
            }
            original = reader.manifest();
        }
        Path files = Files.createTempDirectory("pejling-drill-");
        String url = environment.getRequiredProperty("spring.datasource.url");
        try (ScratchDatabase scratch = ScratchDatabase.create(url, environment.getProperty("spring.datasource.username", ""),
                environment.getProperty("spring.datasource.password", ""), "pejling_drill")) {
            Archives.Contributions installed = archives.contributions();
            List<dk.pejling.archive.ArchiveFileStore> stores = new ArrayList<>();
            for (var store : installed.stores()) {
                stores.add(new ScratchFileStore(store, files));
            }
            Archives.Contributions contributions = new Archives.Contributions(installed.derivedTables(), Set.of(), stores);
            RestoreReport report = Archives.restore(scratch.database(), contributions, backup, false,
                    properties.maxExpandedBytes(), r -> { });
            if (!report.ok()) {
                return new Drill(false, name, report.problems().getFirst().text());
            }
            List<String> differences = new ArrayList<>();
            original.rowCounts().forEach((table, count) -> {
                Long restored = table.equals("files") ? report.files() : report.rowCounts().get(table);
                if (!count.equals(restored)) {
                    differences.add(table + ": " + count + " in the backup, " + restored + " restored");
                }
            });
            boolean sameVersion = original.flywayVersion() != null && FlywayVersion.compare(original.flywayVersion(),
                    currentVersion(scratch)) == 0;
            if (sameVersion) {
                Manifest again = Archives.export(scratch.database(), contributions, new ArchiveWriter.Settings(original.scope(),
                        original.organisation(), original.appVersion(), original.createdAt(), report.auditIncluded(),
                        ArchiveWriter.RowFilter.ALL), OutputStream.nullOutputStream());
                original.entries().forEach((entry, e) -> {
                    Manifest.Entry restored = again.entries().get(entry);
                    if (restored == null || !restored.sha256().equals(e.sha256())) {
                        differences.add(entry + ": checksum differs after restore");
                    }
                });
            }
            long rows = report.rowCounts().values().stream().mapToLong(Long::longValue).sum();
            String detail = differences.isEmpty()
                    ? rows + " rows in " + report.rowCounts().size() + " tables and " + report.files() + " files restored"
                    + (sameVersion ? "; every checksum matches" : "; migrated forward from " + original.flywayVersion())
                    : String.join("; ", differences.subList(0, Math.min(5, differences.size())));
            return new Drill(differences.isEmpty(), name, detail);
        } finally {
            try (Stream<Path> paths = Files.walk(files)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String currentVersion(ScratchDatabase scratch) {
        try (var connection = scratch.database().dataSource().getConnection()) {
            return FlywayVersion.current(connection);
        } catch (java.sql.SQLException e) {
            return null;
        }
    }
}
