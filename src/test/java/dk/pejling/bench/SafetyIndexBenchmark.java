package dk.pejling.bench;

import dk.pejling.safetyindex.IndexCalculator;
import dk.pejling.safetyindex.IndexInputs;
import dk.pejling.safetyindex.IndexInputs.CrimeCount;
import dk.pejling.safetyindex.IndexInputs.Population;
import dk.pejling.safetyindex.IndexInputs.Respondent;
import dk.pejling.safetyindex.IndexResult;
import dk.pejling.safetyindex.MethodCodec;
import dk.pejling.safetyindex.MethodDocument;
import dk.pejling.safetyindex.Period;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The safety index computation, without database: (1) the point index of 100 areas in each of 8
 * periods from 1,000,000 respondent answers (weighted shares, Kish n, Wilson intervals, crime rates,
 * SHA-256 of every area's inputs, normalisation and aggregation) — target median under 1 s; (2) the
 * 2,000-draw Monte Carlo of one period for 100 areas (Beta and Gamma draws, weight noise, rank
 * intervals) — target median under 2 s. The shipped method 1.0.0 (4 indicators, 3 sub-indices).
 *
 * <pre>./mvnw -Pjmh -DskipNpm=true test-compile exec:exec -Djmh.args="SafetyIndexBenchmark"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class SafetyIndexBenchmark {

    static final int AREAS = 100;
    static final int PERIODS = 8;
    static final int RESPONDENTS = 1_000_000;

    private MethodDocument method;
    private List<String> areas;
    private List<Period> periods;
    private IndexInputs all;
    private IndexInputs lastPeriod;

    @Setup
    public void generate() throws IOException {
        try (InputStream in = SafetyIndexBenchmark.class.getResourceAsStream("/safetyindex/method-1.0.0.yaml")) {
            method = MethodCodec.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Random random = new Random(42);
        areas = new ArrayList<>();
        for (int a = 0; a < AREAS; a++) {
            areas.add("omraade-" + a);
        }
        periods = new ArrayList<>();
        for (int p = 0; p < PERIODS; p++) {
            periods.add(Period.of(String.valueOf(2015 + p)));
        }
        List<Respondent> respondents = new ArrayList<>(RESPONDENTS);
        List<Respondent> last = new ArrayList<>();
        int perCell = RESPONDENTS / (AREAS * PERIODS);
        for (Period period : periods) {
            for (String area : areas) {
                double safe = 0.6 + 0.35 * random.nextDouble();
                for (int i = 0; i < perCell; i++) {
                    int[] answers = {random.nextDouble() < safe ? 1 + random.nextInt(3) : 4 + random.nextInt(4),
                            1 + random.nextInt(4), 1 + random.nextInt(5)};
                    Respondent r = new Respondent(area, period, 0.6 + 0.8 * random.nextDouble(), answers);
                    respondents.add(r);
                    if (period.equals(periods.get(PERIODS - 1))) {
                        last.add(r);
                    }
                }
            }
        }
        List<CrimeCount> crimes = new ArrayList<>();
        List<Population> population = new ArrayList<>();
        for (String area : areas) {
            for (Period period : periods) {
                for (Period q : period.fourQuartersEnding()) {
                    crimes.add(new CrimeCount(area, q, "Voldsforbrydelser", random.nextInt(30)));
                    crimes.add(new CrimeCount(area, q, "Ejendomsforbrydelser", random.nextInt(120)));
                }
                population.add(new Population(area, period, 2000 + random.nextInt(8000)));
            }
        }
        List<String> items = List.of("tryg_nabolag", "tryg_aften", "problemer");
        all = new IndexInputs(items, respondents, List.of(), crimes, population);
        lastPeriod = new IndexInputs(items, last, List.of(), crimes, population);
    }

    @Benchmark
    public double pointIndex100AreasTimes8PeriodsFromAMillionAnswers() {
        double sum = 0;
        for (Period period : periods) {
            IndexResult r = IndexCalculator.pointOnly(method, all, period, areas, null, null);
            sum += r.areas().get(0).value();
        }
        return sum;
    }

    @Benchmark
    public double monteCarlo2000DrawsFor100Areas() {
        IndexResult r = IndexCalculator.compute(method, lastPeriod, periods.get(PERIODS - 1), areas);
        return r.areas().get(0).interval().high() + r.areas().get(0).rankHigh();
    }
}
