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
import java.util.Set;
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

    /** Archives written before the mirrors were declared derived carry their rows: passed over, not refused. */
    @Test
    void anArchiveThatStillCarriesTheMirrorsRestoresWhereTheyAreDerived() throws Exception {
        Set<String> mirrors = Set.of("indicator_goal_mirror", "initiative_strategy_mirror");
        try (ScratchDatabase source = TestDatabases.fresh("mirrors").migrate();
             ScratchDatabase target = TestDatabases.fresh("derived").migrate()) {
            RandomRows rows = new RandomRows(11);
            Map<String, Integer> made = rows.fill(source.database().dataSource(), 6);
            byte[] zip = ArchiveRoundTripTest.export(source, new DirectoryFileStore(work.resolve("mirror-files")), Instant.now());
            assertThat(ZipEntries.of(zip).entries).containsKeys("data/indicator_goal_mirror.csv", "data/initiative_strategy_mirror.csv");

            RestoreReport report = Archives.restore(target.database(),
                    new Archives.Contributions(mirrors, Set.of(), List.of(new DirectoryFileStore(work.resolve("derived-files")))),
                    Files.write(work.resolve("mirrors.zip"), zip), false, Long.MAX_VALUE, r -> { });

            assertThat(report.problems()).isEmpty();
            assertThat(report.rowCounts()).doesNotContainKeys(mirrors.toArray(String[]::new));
            made.forEach((table, count) -> {
                if (!mirrors.contains(table)) {
                    assertThat(report.rowCounts()).as(table).containsEntry(table, (long) count);
                }
            });
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
