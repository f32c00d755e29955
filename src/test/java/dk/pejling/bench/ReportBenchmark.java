package dk.pejling.bench;

import dk.pejling.PejlingApplication;
import dk.pejling.initiative.Initiative;
import dk.pejling.initiative.InitiativeDetails;
import dk.pejling.initiative.InitiativeKind;
import dk.pejling.initiative.InitiativeService;
import dk.pejling.initiative.ReportingRound;
import dk.pejling.initiative.ReportingRoundService;
import dk.pejling.initiative.StatusInput;
import dk.pejling.initiative.StatusReport;
import dk.pejling.initiative.StatusReportService;
import dk.pejling.organisation.Organisation;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.report.ReportFormat;
import dk.pejling.report.ReportService;
import dk.pejling.report.render.ReportRenderer;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.LifecycleStatus;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyDetails;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyKind;
import dk.pejling.strategy.StrategyService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
 * The two report targets of issue 5, end to end (the model read through the services with a viewer,
 * the HTML template, openhtmltopdf's layout and the PDF written):
 * <ul>
 *   <li>the annual report 2018 of the demo strategy "Mål og strategier 2018" (seed 001: 7 main goals,
 *       their sub-goals with computed verdicts, the indicators' charts) as PDF: target under 1.5 s median;</li>
 *   <li>a status report of a round with 2,000 initiatives, each with an approved status and a rich-text
 *       comment, seeded through the services in the setup: target under 5 s median.</li>
 * </ul>
 * Each runs in its own JVM capped at {@code -Xmx512m}: that it completes at all is the heap target
 * (under 512 MiB); the tear-down prints the collections while generating (a full collection would mean
 * the heap ran out), and {@code -prof gc} adds the allocation figures.
 *
 * <pre>./mvnw -Pjmh -DskipNpm=true test-compile exec:exec -Djmh.args="ReportBenchmark -prof gc"</pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx512m", "-Xms512m"})
public class ReportBenchmark {

    static final int INITIATIVES = 2_000;
    static final Viewer ADMIN = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.ADMIN, Viewer.EDITOR), "bench");
    static final Viewer PUBLIC = Viewer.anonymous();
    static final Locale DANISH = Locale.forLanguageTag("da");

    /** The application on in-memory H2 with the demo data, as the tests run it. */
    public abstract static class App {
        ConfigurableApplicationContext context;
        ReportService reports;
        ReportRenderer renderer;

        void start() {
            context = SpringApplication.run(PejlingApplication.class, "--server.port=0", "--pejling.demo-data=true",
                    "--pejling.data-dir=target/bench-data", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                    "--spring.datasource.url=jdbc:h2:mem:reportbench" + System.nanoTime()
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            reports = context.getBean(ReportService.class);
            renderer = context.getBean(ReportRenderer.class);
        }

        /** Whether the generating ran out of heap: full collections after the setup. */
        final CollectionsDuring heap = new CollectionsDuring();

        @TearDown(Level.Trial)
        public void stop() {
            context.close();
        }
    }

    @State(Scope.Benchmark)
    public static class AnnualState extends App {
        StrategyId strategy;

        @Setup(Level.Trial)
        public void setUp() {
            start();
            strategy = context.getBean(StrategyService.class).getBySlug("maal-og-strategier-2018", PUBLIC).id();
            heap.start();
        }

        @TearDown(Level.Trial)
        public void peak() {
            heap.print("annual report PDF");
        }
    }

    @State(Scope.Benchmark)
    public static class StatusState extends App {
        StrategyId strategy;
        UUID round;

        @Setup(Level.Trial)
        public void setUp() {
            start();
            seed();
            heap.start();
        }

        @TearDown(Level.Trial)
        public void peak() {
            heap.print("status report PDF, " + INITIATIVES + " initiatives");
        }

        /** A public plan, 2,000 initiatives, a round, a status with a comment for each, all approved. */
        private void seed() {
            long start = System.nanoTime();
            Organisation owner = context.getBean(OrganisationService.class).all().get(0);
            Strategy s = context.getBean(StrategyService.class).create(new StrategyDetails("Benchmark: " + INITIATIVES
                    + " indsatser", StrategyKind.PLAN, owner.id(), Set.of(), null, LifecycleStatus.ADOPTED,
                    "En plan med mange handlinger til ydelsesmålingen.", List.of(), List.of(), List.of(), Visibility.PUBLIC),
                    null, ADMIN);
            strategy = s.id();
            InitiativeService initiatives = context.getBean(InitiativeService.class);
            List<Initiative> created = new ArrayList<>(INITIATIVES);
            for (int i = 0; i < INITIATIVES; i++) {
                created.add(initiatives.create(strategy, new InitiativeDetails(null, (i / 100 + 1) + "." + (i % 100 + 1),
                        InitiativeKind.ACTION, "Handling " + (i + 1) + " om tryghed i lokalområdet",
                        "<p>Beskrivelse af handling " + (i + 1) + ": tryghedsvandringer, naboskab og belysning.</p>",
                        null, null, null, null, owner.id().value(), null, null, null, List.of(), List.of(), List.of(),
                        List.of(), i, Visibility.PUBLIC), ADMIN));
            }
            ReportingRoundService rounds = context.getBean(ReportingRoundService.class);
            ReportingRound r = rounds.open(strategy, "Benchmark-runde", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15), ADMIN);
            round = r.id();
            StatusReportService statuses = context.getBean(StatusReportService.class);
            String[] codes = {"i-gang", "afventer", "gennemfoeres-ikke"};
            for (int i = 0; i < INITIATIVES; i++) {
                StatusReport report = statuses.submit(round, created.get(i).id(), new StatusInput(codes[i % codes.length],
                        "<p><u>Status</u></p><p>Handlingen er i gang i " + (1 + i % 11) + " lokalområder. Der er afholdt "
                                + (i % 7) + " møder med boligsociale medarbejdere og politiet.</p>"
                                + "<ul><li>Tryghedsvandring gennemført</li><li>Belysning forbedret</li><li>Opfølgning i efteråret</li></ul>",
                        null), null, ADMIN);
                statuses.review(report.id(), report.version(), true, null, ADMIN);
            }
            System.out.printf("%nSeeded %d initiatives with approved statuses in %d s%n", INITIATIVES,
                    (System.nanoTime() - start) / 1_000_000_000);
        }
    }

    @Benchmark
    public byte[] annualReportPdf(AnnualState state) {
        return state.renderer.annual(state.reports.annualReport(state.strategy, 2018, null, PUBLIC), ReportFormat.PDF, DANISH);
    }

    @Benchmark
    public byte[] statusReport2000Pdf(StatusState state) {
        return state.renderer.status(state.reports.statusReport(state.strategy, state.round, null, PUBLIC), ReportFormat.PDF, DANISH);
    }
}
