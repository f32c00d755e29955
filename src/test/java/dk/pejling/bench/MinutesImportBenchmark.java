package dk.pejling.bench;

import dk.pejling.PejlingApplication;
import dk.pejling.organisation.OrganisationDetails;
import dk.pejling.organisation.OrganisationKind;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.proceedings.MinutesImportService;
import dk.pejling.proceedings.Recorded;
import dk.pejling.shared.Viewer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Import of a 140-page minutes PDF, end to end as the API does it: read the PDF (PDFBox, page by
 * page), parse it into meeting and items, keep the draft, confirm it (meeting, items, cases saved).
 * Target: under 5 s. The PDF is generated here from the agenda items of seed 002 repeated and
 * renumbered ("Punkt N. …", case numbers, "Sagsbeskrivelse", "Beslutning:", page footers), 50
 * lines a page. Real application context on in-memory H2.
 *
 * <pre>./mvnw -Pjmh -DskipNpm=true test-compile exec:exec -Djmh.args="MinutesImportBenchmark"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class MinutesImportBenchmark {

    static final int PAGES = 140;
    static final int LINES_PER_PAGE = 50;
    static final int CHARS_PER_LINE = 95;

    private ConfigurableApplicationContext context;
    private MinutesImportService imports;
    private UUID body;
    private byte[] pdf;
    private final Viewer editor = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.EDITOR), "bench");

    @Setup(Level.Trial)
    public void start() throws IOException {
        context = SpringApplication.run(PejlingApplication.class, "--server.port=0", "--pejling.demo-data=false",
                "--spring.main.banner-mode=off", "--logging.level.root=warn",
                "--spring.datasource.url=jdbc:h2:mem:bench" + System.nanoTime()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        imports = context.getBean(MinutesImportService.class);
        body = context.getBean(OrganisationService.class)
                .create(new OrganisationDetails("Benchmark Kommune", null, OrganisationKind.MUNICIPALITY, null), null, editor)
                .id().value();
        pdf = minutesPdf(PAGES);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.getNumberOfPages() != PAGES) {
                throw new IllegalStateException("generated " + document.getNumberOfPages() + " pages");
            }
        }
        int items = imports.read(pdf, (a, b) -> { }).items().size();
        System.out.printf("%nBenchmark PDF: %d pages, %d bytes, %d agenda items read%n", PAGES, pdf.length, items);
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            String text = dk.pejling.proceedings.MinutesText.extract(pdf, (a, b) -> { });
            long t1 = System.nanoTime();
            new dk.pejling.proceedings.MinutesParser().parse(text);
            long t2 = System.nanoTime();
            System.out.printf("Text extraction %d ms, parsing %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public int importMinutesPdf() {
        MinutesImportService.Draft draft = imports.preview(pdf, "referat-140-sider.pdf", editor);
        Recorded recorded = imports.confirm(draft.id(), "Benchmarkudvalget", body, Map.of(), editor);
        return recorded.items().size();
    }

    /** Seed 002's agenda items, repeated and renumbered until the pages are full, under the seed's header. */
    static byte[] minutesPdf(int pages) throws IOException {
        String seed;
        try (InputStream in = MinutesImportBenchmark.class.getClassLoader()
                .getResourceAsStream("demo/proceedings/beskaeftigelsesudvalget-2014-08-19.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String minutes = seed.substring(seed.indexOf("Transkript:") + "Transkript:".length())
                .replaceAll("Møde den \\d\\d\\.\\d\\d\\.\\d{4} Side \\d+", " ");
        List<String> bodies = new ArrayList<>();
        Matcher item = Pattern.compile("Punkt \\d+\\. (.*?)(?=Punkt \\d+\\. |$)", Pattern.DOTALL).matcher(minutes);
        while (item.find()) {
            bodies.add(item.group(1).replaceAll("\\s+", " ").strip());
        }
        List<String> lines = new ArrayList<>();
        lines.add("AALBORG BYRÅD Mødet den 19.08.2014, - 16:00 Mødelokale E, Sønderbro 12, 9000 Aalborg");
        int number = 1;
        while (lines.size() < pages * LINES_PER_PAGE) {
            String text = "Punkt " + number + ". " + bodies.get((number - 1) % bodies.size())
                    .replaceFirst("\\b(20\\d\\d)-(\\d+)\\.", "$1-" + (10000 + number) + ".");
            number++;
            lines.addAll(wrap(text));
        }
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.setLeading(15);
                    content.newLineAtOffset(40, 800);
                    for (String line : lines.subList(p * LINES_PER_PAGE, (p + 1) * LINES_PER_PAGE)) {
                        content.showText(encodable(font, line));
                        content.newLine();
                    }
                    content.showText("Møde den 19.08.2014 Side " + (p + 1));
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> wrap(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > CHARS_PER_LINE && !line.isEmpty()) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    /** The standard font writes WinAnsi only; anything else becomes "?". */
    private static String encodable(PDType1Font font, String line) {
        StringBuilder out = new StringBuilder();
        line.codePoints().forEach(c -> {
            String s = new String(Character.toChars(c));
            try {
                font.encode(s);
                out.append(s);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

}
