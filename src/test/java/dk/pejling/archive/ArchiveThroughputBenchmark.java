package dk.pejling.archive;

import dk.pejling.archive.engine.Archives;
import dk.pejling.archive.engine.ScratchDatabase;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rough figure, not the benchmark: export and restore of generated rows (every archived
 * table, up to 3,000 rows each) on the database the build runs against; medians of three runs, printed.
 * Excluded from the normal build (tag benchmark):
 * {@code ./mvnw -DskipNpm=true test -Dtest=ArchiveThroughputBenchmark -Dtest.excludedGroups=}
 */
@Tag("benchmark")
class ArchiveThroughputBenchmark {

    @TempDir
    Path work;

    @Test
    void exportAndRestore() throws Exception {
        try (ScratchDatabase source = TestDatabases.fresh("benchsrc").migrate()) {
            Map<String, Integer> made = new RandomRows(1).fill(source.database().dataSource(), 3000);
            long rows = made.values().stream().mapToLong(Integer::longValue).sum();
            DirectoryFileStore files = new DirectoryFileStore(work.resolve("files"));
            List<Long> exports = new ArrayList<>();
            List<Long> restores = new ArrayList<>();
            Path archive = work.resolve("bench.zip");
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                try (OutputStream out = Files.newOutputStream(archive)) {
                    Archives.export(source.database(), ArchiveRoundTripTest.contributions(files),
                            new dk.pejling.archive.engine.ArchiveWriter.Settings("all", null, "bench", Instant.now(), true,
                                    dk.pejling.archive.engine.ArchiveWriter.RowFilter.ALL), out);
                }
                exports.add((System.nanoTime() - start) / 1_000_000);
                try (ScratchDatabase target = TestDatabases.fresh("benchdst" + run).migrate()) {
                    start = System.nanoTime();
                    RestoreReport report = Archives.restore(target.database(),
                            ArchiveRoundTripTest.contributions(new DirectoryFileStore(work.resolve("t" + run))), archive, false,
                            Long.MAX_VALUE, r -> { });
                    restores.add((System.nanoTime() - start) / 1_000_000);
                    if (!report.ok()) {
                        throw new AssertionError(report.problems());
                    }
                }
            }
            Collections.sort(exports);
            Collections.sort(restores);
            System.out.printf("ARCHIVE-BENCH %s rows=%d zip=%d bytes export ms=%s (median %d) restore ms=%s (median %d)%n",
                    TestDatabases.url().startsWith("jdbc:postgresql") ? "postgresql" : "h2", rows, Files.size(archive),
                    exports, exports.get(1), restores, restores.get(1));
        }
    }
}
