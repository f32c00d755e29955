package dk.pejling.bench;

import dk.pejling.PejlingApplication;
import dk.pejling.indicator.AttainmentService;
import dk.pejling.indicator.GoalAttainment;
import dk.pejling.indicator.RollupMethod;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.StrategyId;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Attainment of a whole strategy with 2,000 indicators and 200,000 measurements, end to end:
 * the four queries and the roll-up. Target: under 200 ms median. Runs the real application
 * context against in-memory H2 (default) or PostgreSQL ({@code -p db=postgres}, with the server of
 * {@code PEJLING_BENCH_PG_URL}, default jdbc:postgresql://127.0.0.1:5432/test?currentSchema=pejling_jmh).
 *
 * <pre>./mvnw -Pjmh -DskipNpm=true test-compile exec:exec -Djmh.args="AttainmentBenchmark"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class AttainmentBenchmark {

    static final int MAIN_GOALS = 20;
    static final int GOALS_PER_MAIN = 10;
    static final int INDICATORS = 2_000;
    static final int VALUES_PER_INDICATOR = 100;

    @Param({"h2"})
    public String db;

    private ConfigurableApplicationContext context;
    private AttainmentService attainment;
    private StrategyId strategy;
    private final Viewer viewer = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.READER), "bench");

    @Setup(Level.Trial)
    public void start() {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--pejling.demo-data=false", "--spring.main.banner-mode=off", "--logging.level.root=warn"));
        if ("postgres".equals(db)) {
            String url = System.getenv().getOrDefault("PEJLING_BENCH_PG_URL",
                    "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=pejling_jmh");
            args.add("--spring.datasource.url=" + url);
            args.add("--spring.datasource.username=postgres");
            args.add("--spring.flyway.create-schemas=true");
            args.add("--spring.flyway.schemas=pejling_jmh");
            args.add("--spring.flyway.clean-disabled=false");
            args.add("--spring.flyway.clean-on-validation-error=false");
        } else {
            args.add("--spring.datasource.url=jdbc:h2:mem:bench" + System.nanoTime()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        context = SpringApplication.run(PejlingApplication.class, args.toArray(String[]::new));
        attainment = context.getBean(AttainmentService.class);
        strategy = new StrategyId(seed(context.getBean(JdbcTemplate.class)));
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public List<GoalAttainment> strategyAttainment() {
        return attainment.forStrategy(strategy, 2018, RollupMethod.ALL_OR_SOME, null, viewer);
    }

    /** One strategy, 200 goals, 2,000 indicators with a 2018 target each, 100 monthly values each. */
    static UUID seed(JdbcTemplate jdbc) {
        Random random = new Random(42);
        Timestamp now = Timestamp.from(Instant.now());
        UUID org = UUID.randomUUID();
        UUID strategy = UUID.randomUUID();
        jdbc.update("INSERT INTO organisation (id, name, kind, version, created_at, updated_at) VALUES (?, 'Benchmark', 'MUNICIPALITY', 0, ?, ?)", org, now, now);
        jdbc.update("INSERT INTO strategy (id, title, kind, owner_id, status, visibility, version, created_at, updated_at) "
                + "VALUES (?, 'Benchmark', 'STRATEGY', ?, 'ADOPTED', 'PUBLIC', 0, ?, ?)", strategy, org, now, now);
        List<UUID> leafGoals = new ArrayList<>();
        List<Object[]> goalRows = new ArrayList<>();
        for (int m = 0; m < MAIN_GOALS; m++) {
            UUID main = UUID.randomUUID();
            goalRows.add(new Object[] {main, strategy, null, String.valueOf(m + 1), "MAIN_GOAL", "Hovedmål " + (m + 1), m, now, now});
            for (int g = 0; g < GOALS_PER_MAIN; g++) {
                UUID goal = UUID.randomUUID();
                leafGoals.add(goal);
                goalRows.add(new Object[] {goal, strategy, main, (m + 1) + "." + (g + 1), "GOAL", "Mål " + (m + 1) + "." + (g + 1), g, now, now});
            }
        }
        jdbc.batchUpdate("INSERT INTO strategy_goal (id, strategy_id, parent_id, code, kind, title, sort_order, visibility, version, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 'PUBLIC', 0, ?, ?)", goalRows);
        List<Object[]> indicators = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        List<Object[]> targets = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        String[] kinds = {"AT_LEAST", "AT_MOST", "PP_CHANGE", "RELATIVE_CHANGE"};
        for (int i = 0; i < INDICATORS; i++) {
            UUID id = UUID.randomUUID();
            String kind = kinds[i % kinds.length];
            String direction = "AT_MOST".equals(kind) ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER";
            indicators.add(new Object[] {id, "Indikator " + i, direction, now, now});
            links.add(new Object[] {id, leafGoals.get(i % leafGoals.size())});
            boolean change = kind.endsWith("CHANGE");
            targets.add(new Object[] {id, "2018", kind, BigDecimal.valueOf(change ? 2 : 50), change ? "2017" : null});
            for (int v = 0; v < VALUES_PER_INDICATOR; v++) {
                int month = 2011 * 12 + 4 + v; // May 2011 … August 2019
                String period = String.format("%d-%02d", month / 12, month % 12 + 1);
                values.add(new Object[] {UUID.randomUUID(), id, period, BigDecimal.valueOf(40 + random.nextInt(2000) / 100.0), now});
            }
        }
        jdbc.batchUpdate("INSERT INTO indicator (id, name, unit, decimals, direction, frequency, visibility, version, created_at, updated_at) "
                + "VALUES (?, ?, 'PERCENT', 1, ?, 'MONTH', 'PUBLIC', 0, ?, ?)", indicators);
        jdbc.batchUpdate("INSERT INTO indicator_goal (indicator_id, goal_id, weight) VALUES (?, ?, 1)", links);
        jdbc.batchUpdate("INSERT INTO indicator_target (indicator_id, position, period, kind, target_value, reference_period, against_baseline, strict) "
                + "VALUES (?, 0, ?, ?, ?, ?, FALSE, FALSE)", targets);
        for (int from = 0; from < values.size(); from += 10_000) {
            jdbc.batchUpdate("INSERT INTO indicator_measurement (id, indicator_id, period, measured_value, entered_by, entered_at, version) "
                    + "VALUES (?, ?, ?, ?, 'bench', ?, 0)", values.subList(from, Math.min(values.size(), from + 10_000)));
        }
        return strategy;
    }
}
