package dk.pejling.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.archive.engine.Archives;
import dk.pejling.archive.engine.ArchiveWriter;
import dk.pejling.archive.engine.ScratchDatabase;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;

/**
 * The archive's central promise, on generated data and on the database the build runs against (H2,
 * or PostgreSQL with PEJLING_DB_URL): export → restore into an empty installation → export gives the
 * same bytes, when both exports are stamped with the same creation time (the only thing that differs).
 */
@Tag("database")
class ArchiveRoundTripTest {

    @Property(tries = 4)
    void exportRestoreExportGivesTheSameBytes(@ForAll long seed) throws Exception {
        Path work = Files.createTempDirectory("archive-roundtrip");
        try (ScratchDatabase source = TestDatabases.fresh("src").migrate();
             ScratchDatabase target = TestDatabases.fresh("dst").migrate()) {
            RandomRows rows = new RandomRows(seed);
            Map<String, Integer> made = rows.fill(source.database().dataSource(), 12);
            DirectoryFileStore sourceFiles = new DirectoryFileStore(work.resolve("source"));
            writeDocuments(rows, sourceFiles, new Random(seed));

            Instant created = Instant.parse("2026-12-02T10:00:00.123456Z");
            byte[] first = export(source, sourceFiles, created);

            DirectoryFileStore targetFiles = new DirectoryFileStore(work.resolve("target"));
            Path archive = Files.write(work.resolve("first.zip"), first);
            RestoreReport report = Archives.restore(target.database(), contributions(targetFiles), archive, false,
                    Long.MAX_VALUE, r -> { });
            assertThat(report.problems()).isEmpty();
            made.forEach((table, count) -> assertThat(report.rowCounts()).containsEntry(table, (long) count));

            assertThat(made.values().stream().mapToInt(Integer::intValue).sum()).as("rows generated").isGreaterThan(40);
            assertThat(DatabaseContents.read(target.database().dataSource()))
                    .isEqualTo(DatabaseContents.read(source.database().dataSource()));

            byte[] second = export(target, targetFiles, created);
            assertThat(second).isEqualTo(first);
            assertThat(targetFiles.count()).isEqualTo(sourceFiles.count());
        } finally {
            try (var paths = Files.walk(work)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static byte[] export(ScratchDatabase db, ArchiveFileStore files, Instant created) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Archives.export(db.database(), contributions(files),
                new ArchiveWriter.Settings("all", null, "test", created, true, ArchiveWriter.RowFilter.ALL), out);
        return out.toByteArray();
    }

    static Archives.Contributions contributions(ArchiveFileStore files) {
        return new Archives.Contributions(Set.of(), Set.of(), List.of(files));
    }

    /** Each uploaded-document row gets a file; some share their content, which the archive stores once. */
    static void writeDocuments(RandomRows rows, DirectoryFileStore files, Random random) throws Exception {
        for (Map<String, Object> link : rows.rows("strategy_link")) {
            if (link.get("file_name") != null) {
                byte[] content = new byte[random.nextInt(3) == 0 ? 10 : 1000 + random.nextInt(5000)];
                if (content.length > 10) {
                    random.nextBytes(content);
                }
                files.write(link.get("id").toString(), new java.io.ByteArrayInputStream(content));
            }
        }
    }
}
