package dk.pejling.bench;

import dk.pejling.PejlingApplication;
import dk.pejling.organisation.OrganisationDetails;
import dk.pejling.organisation.OrganisationKind;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.proceedings.MinutesImportService;
import dk.pejling.proceedings.MinutesParser;
import dk.pejling.proceedings.MinutesText;
import dk.pejling.shared.Viewer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 140-page minutes PDF of {@link MinutesImportBenchmark}, measured side by side in one run against Debian's
 * {@code pdftotext} (poppler-utils) on the same file, alternating so that load on the machine falls on both:
 * <ul>
 * <li>{@code pdftotext}: the external tool writing the file's text to stdout (process start included);</li>
 * <li>importer read: what the importer does with the uploaded bytes before anything is kept (PDF text + parse);</li>
 * <li>import end to end: preview (read, draft kept) and confirm (meeting, items, cases saved), H2 in memory.</li>
 * </ul>
 * Targets (issue 17): end to end under 5 s; the importer's read within 3× of pdftotext. Run by
 * {@code bench/minutes-pdftotext.sh}; prints medians, min–max and the ratio of medians.
 */
public final class MinutesPdftotextComparison {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        byte[] pdf = MinutesImportBenchmark.minutesPdf(MinutesImportBenchmark.PAGES);
        Path file = Files.createTempFile("minutes-140", ".pdf");
        Files.write(file, pdf);
        Viewer editor = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.EDITOR), "bench");
        Viewer admin = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.ADMIN), "bench-admin"); // registers the body
        try (ConfigurableApplicationContext context = SpringApplication.run(PejlingApplication.class, "--server.port=0",
                "--pejling.demo-data=false", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                "--spring.datasource.url=jdbc:h2:mem:bench" + System.nanoTime()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")) {
            MinutesImportService imports = context.getBean(MinutesImportService.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            UUID body = context.getBean(OrganisationService.class)
                    .create(new OrganisationDetails("Benchmark Kommune", null, OrganisationKind.MUNICIPALITY, null), null, admin)
                    .id().value();
            MinutesParser parser = new MinutesParser();
            int items = parser.parse(MinutesText.extract(pdf, (a, b) -> { })).items().size();
            System.out.printf(Locale.ROOT, "PDF: %d pages, %d bytes, %d agenda items; %d runs after 3 warm-ups%n",
                    MinutesImportBenchmark.PAGES, pdf.length, items, runs);
            List<Long> tool = new ArrayList<>();
            List<Long> text = new ArrayList<>();
            List<Long> read = new ArrayList<>();
            List<Long> whole = new ArrayList<>();
            for (int i = -3; i < runs; i++) {
                long t0 = System.nanoTime();
                int chars = pdftotext(file);
                long t1 = System.nanoTime();
                String extracted = MinutesText.extract(pdf, (a, b) -> { });
                long tx = System.nanoTime();
                int parsed = parser.parse(extracted).items().size();
                long t2 = System.nanoTime();
                MinutesImportService.Draft draft = imports.preview(pdf, "referat-140-sider.pdf", editor);
                imports.confirm(draft.id(), "Benchmarkudvalget", body, Map.of(), editor);
                long t3 = System.nanoTime();
                if (chars == 0 || parsed != items) {
                    throw new IllegalStateException("pdftotext gave " + chars + " characters, the importer " + parsed + " items");
                }
                if (i >= 0) {
                    tool.add((t1 - t0) / 1_000_000);
                    text.add((tx - t1) / 1_000_000);
                    read.add((t2 - t1) / 1_000_000);
                    whole.add((t3 - t2) / 1_000_000);
                }
                // The confirmed items' events (search index) are handled after the commit, on other threads; wait
                // until the event publication registry holds none unfinished, so one run's backlog does not slow the next.
                Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                        .until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL",
                                Long.class) == 0);
            }
            print("pdftotext (poppler-utils)", tool);
            print("  of which PDF text (PDFBox)", text);
            print("importer read (PDF text + parse)", read);
            print("import end to end (preview + confirm)", whole);
            System.out.printf(Locale.ROOT, "ratio importer read / pdftotext (medians): %.2f×%n",
                    (double) median(read) / Math.max(1, median(tool)));
            System.out.printf(Locale.ROOT, "load average after: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static int pdftotext(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true).start();
        int chars = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).length();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("pdftotext failed");
        }
        return chars;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void print(String label, List<Long> ms) {
        System.out.printf(Locale.ROOT, "%-40s median %5d ms  min–max %d–%d ms  runs %s%n", label, median(ms),
                ms.stream().mapToLong(Long::longValue).min().orElse(0), ms.stream().mapToLong(Long::longValue).max().orElse(0), ms);
    }
}
