package dk.pejling.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.pejling.archive.engine.Archives;
import dk.pejling.archive.engine.ScratchDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 → PostgreSQL → H2: an archive of the embedded database restores into PostgreSQL, the archive of
 * that restores into H2 again, and the last H2 database holds exactly what the first did (same rows,
 * same archive bytes). Runs where PostgreSQL is configured (PEJLING_DB_URL, .ci/run's second phase).
 */
@Tag("database")
class ArchiveAcrossDatabasesTest {

    @TempDir
    Path work;

    @Test
    void anEmbeddedDatabaseMovesToPostgresqlAndBackUnchanged() throws Exception {
        assumeTrue(TestDatabases.url().startsWith("jdbc:postgresql:"), "needs PostgreSQL (PEJLING_DB_URL)");
        Instant created = Instant.parse("2026-12-02T11:00:00Z");
        try (ScratchDatabase h2 = ScratchDatabase.create("jdbc:h2:mem:x", "sa", "", "archive_h2_first").migrate();
             ScratchDatabase postgres = TestDatabases.fresh("pg").migrate();
             ScratchDatabase back = ScratchDatabase.create("jdbc:h2:mem:x", "sa", "", "archive_h2_back").migrate()) {
            RandomRows rows = new RandomRows(2026);
            rows.fill(h2.database().dataSource(), 10);
            DirectoryFileStore h2Files = new DirectoryFileStore(work.resolve("h2"));
            ArchiveRoundTripTest.writeDocuments(rows, h2Files, new Random(2026));
            byte[] first = ArchiveRoundTripTest.export(h2, h2Files, created);

            DirectoryFileStore pgFiles = new DirectoryFileStore(work.resolve("pg"));
            RestoreReport toPostgres = Archives.restore(postgres.database(), ArchiveRoundTripTest.contributions(pgFiles),
                    Files.write(work.resolve("first.zip"), first), false, Long.MAX_VALUE, r -> { });
            assertThat(toPostgres.problems()).isEmpty();
            byte[] fromPostgres = ArchiveRoundTripTest.export(postgres, pgFiles, created);

            DirectoryFileStore backFiles = new DirectoryFileStore(work.resolve("back"));
            RestoreReport toH2 = Archives.restore(back.database(), ArchiveRoundTripTest.contributions(backFiles),
                    Files.write(work.resolve("pg.zip"), fromPostgres), false, Long.MAX_VALUE, r -> { });
            assertThat(toH2.problems()).isEmpty();

            assertThat(DatabaseContents.read(back.database().dataSource())).isEqualTo(DatabaseContents.read(h2.database().dataSource()));
            assertThat(ArchiveRoundTripTest.export(back, backFiles, created)).isEqualTo(first);
        }
    }
}
