package dk.pejling.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.archive.engine.Archives;
import dk.pejling.archive.engine.ScratchDatabase;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad archive is refused with a problem a person can act on, and nothing is written:
 * the target installation's tables and document store stay empty.
 */
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveBadInputTest {

    private ScratchDatabase source;
    private ScratchDatabase target;
    private byte[] valid;
    @TempDir
    Path work;

    @BeforeAll
    void writeAValidArchive(@TempDir Path sourceDir) throws Exception {
        source = TestDatabases.fresh("badsrc").migrate();
        target = TestDatabases.fresh("baddst").migrate();
        RandomRows rows = new RandomRows(19);
        rows.fill(source.database().dataSource(), 10);
        DirectoryFileStore files = new DirectoryFileStore(sourceDir);
        ArchiveRoundTripTest.writeDocuments(rows, files, new Random(19));
        valid = ArchiveRoundTripTest.export(source, files, Instant.parse("2026-12-02T10:00:00Z"));
        assertThat(ZipEntries.of(valid).text("data/strategy.csv").lines().count()).as("strategies to spoil").isGreaterThan(1);
    }

    @AfterAll
    void dropDatabases() {
        source.close();
        target.close();
    }

    @Test
    void theValidArchiveRestoresInADryRunAndLeavesNothingBehind() throws Exception {
        RestoreReport report = restore(valid, true);
        assertThat(report.problems()).isEmpty();
        assertThat(report.rowCounts().get("strategy")).isPositive();
        assertNothingWritten();
    }

    @Test
    void refusesATruncatedZip() throws Exception {
        RestoreReport report = restore(Arrays.copyOf(valid, valid.length / 2), false);
        assertThat(codes(report)).containsExactly("not-zip");
        assertThat(report.conflict()).isFalse();
        assertNothingWritten();
    }

    @Test
    void refusesAnEntryWhoseChecksumDiffers() throws Exception {
        ZipEntries zip = ZipEntries.of(valid);
        // One hex digit of the first id changed: the same size, other bytes.
        byte[] csv = zip.entries.get("data/strategy.csv");
        int at = zip.text("data/strategy.csv").indexOf("\r\n\"") + 3;
        csv[at] = (byte) (csv[at] == '0' ? '1' : '0');
        byte[] spoiled = zip.zip();
        RestoreReport report = restore(spoiled, false);
        assertThat(report.problems()).extracting(Problem::code, Problem::where)
                .contains(org.assertj.core.groups.Tuple.tuple("checksum", "data/strategy.csv"));
        assertNothingWritten();
    }

    @Test
    void refusesAManifestOfANewerFormat() throws Exception {
        ZipEntries zip = ZipEntries.of(valid);
        byte[] newer = zip.manifest(zip.manifest().put("format_version", 2)).zip();
        RestoreReport report = restore(newer, false);
        assertThat(codes(report)).containsExactly("bad-manifest");
        assertThat(report.problems().getFirst().detail()).contains("newer Pejling");
        assertNothingWritten();
    }

    @Test
    void refusesACsvWithAMissingColumnEvenWhenTheManifestAgrees() throws Exception {
        ZipEntries zip = ZipEntries.of(valid);
        List<List<String>> rows = CsvRows.parse(zip.text("data/strategy.csv"));
        int title = rows.getFirst().indexOf("title");
        rows.forEach(row -> row.remove(title));
        byte[] spoiled = zip.put("data/strategy.csv", CsvRows.print(rows)).rehash().zip();
        RestoreReport report = restore(spoiled, false);
        assertThat(report.problems()).extracting(Problem::code, Problem::where, Problem::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("missing-column", "data/strategy.csv", "title"));
        assertNothingWritten();
    }

    @Test
    void refusesAValueOfTheWrongTypeAndNamesRowAndColumn() throws Exception {
        ZipEntries zip = ZipEntries.of(valid);
        List<List<String>> rows = CsvRows.parse(zip.text("data/strategy.csv"));
        rows.get(1).set(rows.getFirst().indexOf("created_at"), "i går");
        RestoreReport report = restore(zip.put("data/strategy.csv", CsvRows.print(rows)).rehash().zip(), false);
        assertThat(report.problems()).extracting(Problem::code, Problem::where)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bad-value", "data/strategy.csv, row 1, created_at"));
        assertNothingWritten();
    }

    @Test
    void refusesARowWhoseForeignKeyPointsNowhere() throws Exception {
        ZipEntries zip = ZipEntries.of(valid);
        List<List<String>> rows = CsvRows.parse(zip.text("data/strategy.csv"));
        rows.get(1).set(rows.getFirst().indexOf("owner_id"), "00000000-0000-0000-0000-000000000000");
        RestoreReport report = restore(zip.put("data/strategy.csv", CsvRows.print(rows)).rehash().zip(), false);
        assertThat(codes(report)).containsExactly("database");
        assertThat(report.problems().getFirst().where()).isEqualTo("data/strategy.csv");
        assertNothingWritten();
    }

    @Test
    void refusesAFileKeyThatIsAPath() throws Exception {
        ZipEntries zip = ZipEntries.of(valid);
        String hash = zip.entries.keySet().stream().filter(n -> n.startsWith("files/")).findFirst().orElseThrow().substring(6);
        List<List<String>> files = CsvRows.parse(zip.text("files.csv"));
        files.add(List.of("strategy-documents", "../../escaped", hash, "10"));
        RestoreReport report = restore(zip.put("files.csv", CsvRows.print(files)).rehash().zip(), false);
        assertThat(report.problems()).extracting(Problem::code, Problem::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bad-value", "not a key of strategy-documents"));
        assertThat(work.getParent().resolve("escaped")).doesNotExist();
        assertNothingWritten();
    }

    @Test
    void refusesAZipBombBeforeItExpands() throws Exception {
        ZipEntries zip = ZipEntries.of(valid);
        // 64 MiB of zeros compress to about 64 KiB; the manifest claims the entry is 10 bytes.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (var e : zip.rehash().entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                if (e.getKey().equals("data/strategy_theme.csv")) {
                    byte[] zeros = new byte[1024 * 1024];
                    for (int i = 0; i < 64; i++) {
                        out.write(zeros);
                    }
                } else {
                    out.write(e.getValue());
                }
                out.closeEntry();
            }
        }
        RestoreReport report = restore(bytes.toByteArray(), false);
        assertThat(codes(report)).contains("size");
        assertNothingWritten();
    }

    @Test
    void refusesAnArchiveThatClaimsToExpandBeyondTheLimit() throws Exception {
        Path file = Files.write(work.resolve("large.zip"), valid);
        RestoreReport report = Archives.restore(target.database(), ArchiveRoundTripTest.contributions(files()), file, false,
                1000, r -> { });
        assertThat(codes(report)).containsExactly("too-large");
        assertNothingWritten();
    }

    @Test
    void refusesToRestoreIntoAnInstallationThatHasData() throws Exception {
        Path file = Files.write(work.resolve("again.zip"), valid);
        Map<String, java.util.List<java.util.List<Object>>> before = DatabaseContents.read(source.database().dataSource());
        RestoreReport report = Archives.restore(source.database(), ArchiveRoundTripTest.contributions(files()), file, false,
                Long.MAX_VALUE, r -> { });
        assertThat(codes(report)).contains("not-empty").containsOnly("not-empty");
        assertThat(report.conflict()).isTrue();
        assertThat(DatabaseContents.read(source.database().dataSource())).isEqualTo(before);
    }

    private RestoreReport restore(byte[] archive, boolean dryRun) throws Exception {
        Path file = Files.write(work.resolve("archive-" + System.nanoTime() + ".zip"), archive);
        return Archives.restore(target.database(), ArchiveRoundTripTest.contributions(files()), file, dryRun,
                Long.MAX_VALUE, r -> { });
    }

    private DirectoryFileStore files() {
        return new DirectoryFileStore(work.resolve("target-files"));
    }

    private void assertNothingWritten() throws Exception {
        assertThat(DatabaseContents.read(target.database().dataSource()).values()).allMatch(List::isEmpty);
        assertThat(files().count()).isZero();
    }

    private static List<String> codes(RestoreReport report) {
        return report.problems().stream().map(Problem::code).toList();
    }
}
