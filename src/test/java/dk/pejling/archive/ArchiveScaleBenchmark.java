package dk.pejling.archive;

import dk.pejling.archive.engine.ArchiveDatabase;
import dk.pejling.archive.engine.ArchiveWriter;
import dk.pejling.archive.engine.Archives;
import dk.pejling.archive.engine.ScratchDatabase;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The issue's benchmark: export and restore of 10,000 strategies with 5 goals each, 10,000 indicators
 * with 50 measurements each (500,000) and 1 GiB of documents (1,024 files of 1 MiB), on the database
 * the build runs against (H2, or PostgreSQL with the {@code postgres} profile). Prints the times and
 * the peak heap used in each phase (the heap pools' peak, reset before each phase); run with
 * {@code -Xmx512m} to show the archive streams. Sizes scale with {@code -Dbench.strategies=} and
 * {@code -Dbench.documentMb=}. Excluded from the normal build (tag benchmark); see bench/README.md.
 */
@Tag("benchmark")
class ArchiveScaleBenchmark {

    private static final int STRATEGIES = Integer.getInteger("bench.strategies", 10_000);
    private static final int GOALS_PER_STRATEGY = 5;
    private static final int MEASUREMENTS_PER_INDICATOR = 50;
    private static final int DOCUMENT_MB = Integer.getInteger("bench.documentMb", 1024);

    @Test
    void exportAndRestoreAtTheIssuesScale() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "bench-archive-" + UUID.randomUUID().toString().substring(0, 8)));
        try (Db source = Db.fresh("scalesrc", work)) {
            DirectoryFileStore files = new DirectoryFileStore(work.resolve("files"));
            long start = System.nanoTime();
            long rows = generate(source, files);
            long generated = ms(start);
            Path archive = work.resolve("scale.zip");

            resetPeaks();
            start = System.nanoTime();
            try (OutputStream out = Files.newOutputStream(archive)) {
                Archives.export(source.database(), ArchiveRoundTripTest.contributions(files),
                        new ArchiveWriter.Settings("all", null, "bench", Instant.now(), true, ArchiveWriter.RowFilter.ALL), out);
            }
            long export = ms(start);
            long exportHeap = peakHeapMb();

            try (Db target = Db.fresh("scaledst", work)) {
                resetPeaks();
                start = System.nanoTime();
                RestoreReport report = Archives.restore(target.database(),
                        ArchiveRoundTripTest.contributions(new DirectoryFileStore(work.resolve("restored"))), archive, false,
                        Long.MAX_VALUE, r -> { });
                long restore = ms(start);
                long restoreHeap = peakHeapMb();
                if (!report.ok()) {
                    throw new AssertionError(report.problems());
                }
                System.out.printf("ARCHIVE-SCALE %s strategies=%d rows=%d documents=%d MiB zip=%d MiB generate ms=%d export ms=%d "
                                + "(peak heap %d MiB) restore ms=%d (peak heap %d MiB) max heap %d MiB%n",
                        TestDatabases.url().startsWith("jdbc:postgresql") ? "postgresql" : "h2", STRATEGIES, rows, DOCUMENT_MB,
                        Files.size(archive) >> 20, generated, export, exportHeap, restore, restoreHeap,
                        Runtime.getRuntime().maxMemory() >> 20);
            }
        } finally {
            try (var walk = Files.walk(work)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Rows straight through JDBC in batches (the services would take hours); the documents as files of random bytes. */
    private static long generate(Db db, DirectoryFileStore files) throws Exception {
        Random random = new Random(19);
        Timestamp now = Timestamp.from(Instant.parse("2026-12-02T12:00:00Z"));
        long rows = 0;
        try (Connection c = db.database().dataSource().getConnection()) {
            c.setAutoCommit(false);
            UUID organisation = UUID.randomUUID();
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO organisation (id, name, kind, version, created_at, updated_at) VALUES (?, ?, 'MUNICIPALITY', 0, ?, ?)")) {
                s.setObject(1, organisation);
                s.setString(2, "Benchmark Kommune");
                s.setTimestamp(3, now);
                s.setTimestamp(4, now);
                s.executeUpdate();
                rows++;
            }
            int documents = DOCUMENT_MB; // one MiB each
            byte[] content = new byte[1 << 20];
            try (PreparedStatement strategy = c.prepareStatement("INSERT INTO strategy (id, slug, title, kind, owner_id, status, "
                    + "visibility, version, created_at, updated_at) VALUES (?, ?, ?, 'PLAN', ?, 'ADOPTED', 'PUBLIC', 0, ?, ?)");
                 PreparedStatement goal = c.prepareStatement("INSERT INTO strategy_goal (id, strategy_id, code, kind, title, "
                         + "sort_order, visibility, version, created_at, updated_at) VALUES (?, ?, ?, 'GOAL', ?, ?, 'PUBLIC', 0, ?, ?)");
                 PreparedStatement indicator = c.prepareStatement("INSERT INTO indicator (id, slug, name, unit, decimals, direction, "
                         + "frequency, visibility, version, created_at, updated_at) VALUES (?, ?, ?, 'COUNT', 1, 'HIGHER_IS_BETTER', "
                         + "'MONTH', 'PUBLIC', 0, ?, ?)");
                 PreparedStatement link = c.prepareStatement("INSERT INTO indicator_goal (indicator_id, goal_id, weight) VALUES (?, ?, 1)");
                 PreparedStatement measurement = c.prepareStatement("INSERT INTO indicator_measurement (id, indicator_id, period, "
                         + "measured_value, entered_by, entered_at, version) VALUES (?, ?, ?, ?, 'benchmark', ?, 0)");
                 PreparedStatement document = c.prepareStatement("INSERT INTO strategy_link (strategy_id, position, id, title, "
                         + "file_name, content_type, size_bytes) VALUES (?, 0, ?, ?, 'plan.pdf', 'application/pdf', ?)")) {
                for (int i = 0; i < STRATEGIES; i++) {
                    UUID strategyId = UUID.randomUUID();
                    strategy.setObject(1, strategyId);
                    strategy.setString(2, "strategi-" + i);
                    strategy.setString(3, "Strategi nr. " + i + " – tryghed, \"trivsel\" og æøå");
                    strategy.setObject(4, organisation);
                    strategy.setTimestamp(5, now);
                    strategy.setTimestamp(6, now);
                    strategy.addBatch();
                    UUID firstGoal = null;
                    for (int g = 0; g < GOALS_PER_STRATEGY; g++) {
                        UUID goalId = UUID.randomUUID();
                        firstGoal = firstGoal == null ? goalId : firstGoal;
                        goal.setObject(1, goalId);
                        goal.setObject(2, strategyId);
                        goal.setString(3, String.valueOf(g + 1));
                        goal.setString(4, "Mål " + (g + 1) + " for strategi " + i);
                        goal.setInt(5, g);
                        goal.setTimestamp(6, now);
                        goal.setTimestamp(7, now);
                        goal.addBatch();
                    }
                    UUID indicatorId = UUID.randomUUID();
                    indicator.setObject(1, indicatorId);
                    indicator.setString(2, "indikator-" + i);
                    indicator.setString(3, "Indikator " + i);
                    indicator.setTimestamp(4, now);
                    indicator.setTimestamp(5, now);
                    indicator.addBatch();
                    link.setObject(1, indicatorId);
                    link.setObject(2, firstGoal);
                    link.addBatch();
                    for (int m = 0; m < MEASUREMENTS_PER_INDICATOR; m++) {
                        measurement.setObject(1, UUID.randomUUID());
                        measurement.setObject(2, indicatorId);
                        measurement.setString(3, String.format("%04d-%02d", 2020 + m / 12, m % 12 + 1));
                        measurement.setBigDecimal(4, BigDecimal.valueOf(random.nextInt(1_000_000), 2));
                        measurement.setTimestamp(5, now);
                        measurement.addBatch();
                    }
                    if (i < documents) {
                        UUID documentId = UUID.randomUUID();
                        document.setObject(1, strategyId);
                        document.setObject(2, documentId);
                        document.setString(3, "Dokument " + i);
                        document.setLong(4, content.length);
                        document.addBatch();
                        random.nextBytes(content);
                        files.write(documentId.toString(), new ByteArrayInputStream(content));
                    }
                    if (i % 200 == 199 || i == STRATEGIES - 1) {
                        // parents first, so the foreign keys hold at every batch
                        strategy.executeBatch();
                        goal.executeBatch();
                        indicator.executeBatch();
                        link.executeBatch();
                        measurement.executeBatch();
                        document.executeBatch();
                        c.commit();
                    }
                }
            }
            rows += (long) STRATEGIES * (2 + GOALS_PER_STRATEGY + 1 + MEASUREMENTS_PER_INDICATOR) + Math.min(documents, STRATEGIES);
        }
        return rows;
    }

    /**
     * A scratch PostgreSQL schema, or an H2 database in a file (an in-memory one would hold the data on
     * the heap being measured, which is not how an installation runs).
     */
    private record Db(ArchiveDatabase database, AutoCloseable closer) implements AutoCloseable {
        static Db fresh(String name, Path work) {
            if (TestDatabases.url().startsWith("jdbc:postgresql")) {
                ScratchDatabase scratch = TestDatabases.fresh(name).migrate();
                return new Db(scratch.database(), scratch);
            }
            String url = "jdbc:h2:file:" + work.toAbsolutePath().resolve(name)
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            var dataSource = new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "sa", "");
            var flyway = org.flywaydb.core.Flyway.configure().dataSource(dataSource)
                    .locations("classpath:db/migration", "classpath:db/vendor/h2");
            org.flywaydb.core.Flyway.configure().configuration(flyway).load().migrate();
            return new Db(new ArchiveDatabase(dataSource,
                    new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource), flyway), () -> { });
        }

        @Override
        public void close() throws Exception {
            closer.close();
        }
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }
}
