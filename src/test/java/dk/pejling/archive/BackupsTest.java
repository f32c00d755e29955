package dk.pejling.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * A backup of the running installation lands in the backup directory, old ones beyond the retention
 * go, and the restore drill restores the newest into a scratch database and finds every count and
 * checksum equal; a damaged newest backup makes the drill fail and the status red.
 */
@IntegrationTest
class BackupsTest {

    @Autowired
    ArchiveService archives;
    @Autowired
    Environment environment;
    @TempDir
    Path dir;

    @Test
    void backsUpKeepsTheNewestAndDrillsTheRestore() throws Exception {
        ArchiveProperties properties = new ArchiveProperties(null, dir, null, 2, Duration.ofHours(1), null, Duration.ofDays(1));
        BackupStatus status = new BackupStatus(properties, Clock.systemUTC());
        Backups backups = new Backups(archives, status, properties, environment);
        assertThat(status.status().backupOld()).isTrue();
        assertThat(status.status().drillOld()).isTrue();
        Files.writeString(dir.resolve("pejling-all-20200101T000000Z.zip"), "old");
        Files.writeString(dir.resolve("pejling-all-20200102T000000Z.zip"), "old");

        Path written = backups.backup();

        assertThat(written).exists();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder(written.getFileName().toString(), "pejling-all-20200102T000000Z.zip");
        }
        assertThat(status.status().backupOld()).isFalse();
        assertThat(status.status().backupFile()).isEqualTo(written.getFileName().toString());

        Backups.Drill drill = backups.runDrill();
        assertThat(drill.ok()).as(drill.detail()).isTrue();
        assertThat(drill.detail()).contains("every checksum matches");
        assertThat(status.status().drillOk()).isTrue();
        assertThat(status.status().drillOld()).isFalse();

        byte[] bytes = Files.readAllBytes(written);
        Files.write(written, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Backups.Drill broken = backups.runDrill();
        assertThat(broken.ok()).isFalse();
        assertThat(broken.detail()).contains("truncated");
        assertThat(status.status().drillOld()).as("a failed drill shows red").isTrue();
    }
}
