package dk.pejling.safetyindex;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.safetyindex.IndexInputs.Respondent;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the index over many generated inputs (a fixed seed per case, so a failure can be
 * replayed). Samples are large enough that no cell is suppressed: suppression is a separate rule.
 */
class IndexPropertiesTest {

    private static final Period Y2021 = Period.of("2021");
    private final MethodDocument method = SafetyFixtures.method();

    @Test
    void moreTrygAnswersNeverLowerTheIndex() {
        Random random = new Random(42);
        for (int c = 0; c < 40; c++) {
            int n = 200 + random.nextInt(800);
            IndexInputs inputs = randomInputs(random, List.of("a"), n);
            double before = IndexCalculator.pointOnly(method, inputs, Y2021, List.of("a"), null, null).areas().get(0).value();
            // one respondent turns from utryg to tryg on the item of the first indicator
            List<Respondent> rs = new ArrayList<>(inputs.respondents());
            for (int i = 0; i < rs.size(); i++) {
                Respondent r = rs.get(i);
                if (r.answers()[0] > 3) {
                    int[] answers = r.answers().clone();
                    answers[0] = 1 + random.nextInt(3);
                    rs.set(i, new Respondent(r.area(), r.period(), r.weight(), answers));
                    break;
                }
            }
            IndexInputs more = new IndexInputs(inputs.items(), rs, inputs.shares(), inputs.crimes(), inputs.population());
            double after = IndexCalculator.pointOnly(method, more, Y2021, List.of("a"), null, null).areas().get(0).value();
            assertThat(after).as("case %d", c).isGreaterThanOrEqualTo(before);
        }
    }

    @Test
    void addingAnAreaNeverChangesAnotherAreasValueOrIntervalUnderFixedGoalposts() {
        Random random = new Random(7);
        for (int c = 0; c < 5; c++) {
            IndexInputs inputs = randomInputs(random, List.of("a", "b", "c"), 300);
            IndexResult two = IndexCalculator.compute(method, inputs, Y2021, List.of("a", "b"));
            IndexResult three = IndexCalculator.compute(method, inputs, Y2021, List.of("a", "b", "c"));
            for (String area : List.of("a", "b")) {
                AreaIndex x = two.area(area).orElseThrow();
                AreaIndex y = three.area(area).orElseThrow();
                assertThat(y.value()).isEqualTo(x.value());
                assertThat(y.interval()).isEqualTo(x.interval());
                assertThat(y.subIndices()).isEqualTo(x.subIndices());
            }
        }
    }

    @Test
    void minMaxNormalisationDoesMoveOtherAreasWhichIsWhyItIsOnlyForSensitivity() {
        IndexInputs inputs = randomInputs(new Random(9), List.of("a", "b", "c"), 300);
        double two = IndexCalculator.pointOnly(method, inputs, Y2021, List.of("a", "b"),
                MethodDocument.Normalisation.MINMAX, null).area("a").orElseThrow().value();
        double three = IndexCalculator.pointOnly(method, inputs, Y2021, List.of("a", "b", "c"),
                MethodDocument.Normalisation.MINMAX, null).area("a").orElseThrow().value();
        assertThat(three).isNotEqualTo(two);
    }

    @Test
    void aLargerSampleWithTheSameAnswersNeverWidensTheIndexInterval() {
        MethodDocument noMethodNoise = MethodCodec.parse(SafetyFixtures.methodText().replace("weightNoise: 0.25", "weightNoise: 0"));
        Random random = new Random(5);
        for (int c = 0; c < 5; c++) {
            IndexInputs inputs = randomInputs(random, List.of("a"), 150);
            List<Respondent> doubled = new ArrayList<>(inputs.respondents());
            doubled.addAll(inputs.respondents());
            IndexInputs larger = new IndexInputs(inputs.items(), doubled, inputs.shares(), inputs.crimes(), inputs.population());
            AreaIndex small = IndexCalculator.compute(noMethodNoise, inputs, Y2021, List.of("a")).areas().get(0);
            AreaIndex big = IndexCalculator.compute(noMethodNoise, larger, Y2021, List.of("a")).areas().get(0);
            assertThat(big.value()).isCloseTo(small.value(), org.assertj.core.api.Assertions.within(1e-9)); // the same shares, summed twice
            assertThat(big.indicators().get(0).interval().halfWidth())
                    .isLessThan(small.indicators().get(0).interval().halfWidth());
            assertThat(big.interval().halfWidth()).as("case %d", c).isLessThanOrEqualTo(small.interval().halfWidth());
        }
    }

    /** Areas with random answers on every item, random weights and random crime. */
    private static IndexInputs randomInputs(Random random, List<String> areas, int n) {
        List<Respondent> respondents = new ArrayList<>();
        List<IndexInputs.CrimeCount> crimes = new ArrayList<>();
        List<IndexInputs.Population> population = new ArrayList<>();
        for (String area : areas) {
            double safe = 0.5 + 0.45 * random.nextDouble();
            for (int i = 0; i < n; i++) {
                boolean s = random.nextDouble() < safe;
                int[] answers = {s ? 1 + random.nextInt(3) : 4 + random.nextInt(4), 1 + random.nextInt(4), 1 + random.nextInt(5)};
                respondents.add(new Respondent(area, Y2021, 0.7 + 0.6 * random.nextDouble(), answers));
            }
            SafetyFixtures.crime(crimes, population, area, Y2021, 5 + random.nextInt(80), 3000 + random.nextInt(7000));
        }
        return new IndexInputs(SafetyFixtures.ITEMS, respondents, List.of(), crimes, population);
    }
}
