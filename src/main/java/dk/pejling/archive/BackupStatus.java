package dk.pejling.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last backup and the last restore drill, read from the backup directory itself (the newest
 * archive, and the drill's result file beside it), so the page tells the truth after a restart and
 * on every node that shares the directory.
 */
@Component
public class BackupStatus {

    static final String DRILL_FILE = "last-drill.json";
    static final String PREFIX = "pejling-all-";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ArchiveProperties properties;
    private final Clock clock;

    BackupStatus(ArchiveProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param backupAt   when the newest backup was written, or null
     * @param backupOld  no backup, or older than the configured age
     * @param drillAt    when the last drill ran, or null
     * @param drillOk    whether it restored and matched
     * @param drillOld   no good drill, or older than the configured age
     */
    public record Status(boolean enabled, String directory, Instant backupAt, String backupFile, long backupBytes,
                         boolean backupOld, Instant drillAt, boolean drillOk, String drillDetail, boolean drillOld) {
    }

    public Status status() {
        if (!properties.backupsEnabled()) {
            return new Status(false, null, null, null, 0, true, null, false, null, true);
        }
        Instant now = clock.instant();
        Optional<Path> newest = newestBackup();
        Instant backupAt = newest.map(BackupStatus::modified).orElse(null);
        long bytes = newest.map(BackupStatus::size).orElse(0L);
        boolean backupOld = backupAt == null || backupAt.plus(properties.backupMaxAge()).isBefore(now);
        Instant drillAt = null;
        boolean drillOk = false;
        String detail = null;
        Path drill = properties.backupDir().resolve(DRILL_FILE);
        if (Files.isRegularFile(drill)) {
            try {
                JsonNode node = JSON.readTree(drill.toFile());
                drillAt = Instant.parse(node.path("at").asString());
                drillOk = node.path("ok").asBoolean(false);
                detail = node.path("detail").asString("");
            } catch (RuntimeException e) {
                detail = "unreadable " + DRILL_FILE;
            }
        }
        boolean drillOld = !drillOk || drillAt == null || drillAt.plus(properties.drillMaxAge()).isBefore(now);
        return new Status(true, properties.backupDir().toString(), backupAt,
                newest.map(p -> p.getFileName().toString()).orElse(null), bytes, backupOld, drillAt, drillOk, detail, drillOld);
    }

    /** Backups, newest first. */
    List<Path> backups() {
        Path dir = properties.backupDir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX) && p.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    Optional<Path> newestBackup() {
        return backups().stream().findFirst();
    }

    void recordDrill(Instant at, boolean ok, String detail) throws IOException {
        Files.createDirectories(properties.backupDir());
        Path temp = properties.backupDir().resolve(DRILL_FILE + ".part");
        Files.write(temp, JSON.writeValueAsBytes(java.util.Map.of("at", at.toString(), "ok", ok, "detail", detail)));
        Files.move(temp, properties.backupDir().resolve(DRILL_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return null;
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
