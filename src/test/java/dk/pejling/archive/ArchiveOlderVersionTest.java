package dk.pejling.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.archive.engine.Archives;
import dk.pejling.archive.engine.FlywayVersion;
import dk.pejling.archive.engine.ScratchDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive written by an installation at an older schema version (here: before the proceedings
 * module existed) restores into a new database: loaded at its own version, then migrated forward. An
 * installation that is already at the newer version refuses it with a message that says how.
 */
@Tag("database")
class ArchiveOlderVersionTest {

    private static final String BEFORE_PROCEEDINGS = "202611240400";

    @TempDir
    Path work;

    @Test
    void anOlderArchiveLoadsAtItsVersionAndIsMigratedForward() throws Exception {
        try (ScratchDatabase old = TestDatabases.fresh("old").migrateTo(BEFORE_PROCEEDINGS);
             ScratchDatabase fresh = TestDatabases.fresh("new")) {
            RandomRows rows = new RandomRows(7);
            Map<String, Integer> made = rows.fill(old.database().dataSource(), 8);
            assertThat(made).doesNotContainKey("meeting");
            Path archive = Files.write(work.resolve("old.zip"),
                    ArchiveRoundTripTest.export(old, new DirectoryFileStore(work.resolve("old-files")), Instant.now()));

            RestoreReport report = Archives.restore(fresh.database(),
                    ArchiveRoundTripTest.contributions(new DirectoryFileStore(work.resolve("new-files"))), archive, false,
                    Long.MAX_VALUE, r -> { });

            assertThat(report.problems()).isEmpty();
            assertThat(report.archiveSchemaVersion()).isEqualTo(BEFORE_PROCEEDINGS);
            try (Connection connection = fresh.database().dataSource().getConnection()) {
                assertThat(FlywayVersion.compare(FlywayVersion.current(connection), BEFORE_PROCEEDINGS)).isPositive();
            }
            Map<String, List<List<Object>>> restored = DatabaseContents.read(fresh.database().dataSource());
            assertThat(restored).containsKey("meeting");
            made.forEach((table, count) -> assertThat(restored.get(table)).as(table).hasSize(count));
        }
    }

    @Test
    void anInstallationAtANewerVersionRefusesAnOlderArchiveAndSaysHow() throws Exception {
        try (ScratchDatabase old = TestDatabases.fresh("old").migrateTo(BEFORE_PROCEEDINGS);
             ScratchDatabase current = TestDatabases.fresh("cur").migrate()) {
            new RandomRows(8).fill(old.database().dataSource(), 4);
            Path archive = Files.write(work.resolve("old.zip"),
                    ArchiveRoundTripTest.export(old, new DirectoryFileStore(work.resolve("old-files")), Instant.now()));
            RestoreReport report = Archives.restore(current.database(),
                    ArchiveRoundTripTest.contributions(new DirectoryFileStore(work.resolve("files"))), archive, false,
                    Long.MAX_VALUE, r -> { });
            assertThat(report.problems()).extracting(Problem::code).containsExactly("older-schema");
            assertThat(report.conflict()).isTrue();
            assertThat(report.problems().getFirst().text()).contains("./pejling restore");
        }
    }
}
