package dk.pejling.safetyindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.pejling.safetyindex.IndexInputs.CrimeCount;
import dk.pejling.safetyindex.IndexInputs.Population;
import dk.pejling.safetyindex.IndexInputs.Respondent;
import dk.pejling.safetyindex.IndexInputs.ShareAggregate;
import dk.pejling.safetyindex.Suppression.Reason;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexCalculatorTest {

    private static final Period Y2021 = Period.of("2021");
    private final MethodDocument method = SafetyFixtures.method();

    @Test
    void computesTheIndexFromSharesAndCrimeWithTheFormulasOfTheMethod() {
        // 300 respondents, 240 tryg (80 %); 40 reports a quarter (160 a year) among 4,000 residents.
        List<Respondent> respondents = SafetyFixtures.respondents("a", Y2021, 300, 240, 1);
        List<CrimeCount> crimes = new ArrayList<>();
        List<Population> population = new ArrayList<>();
        SafetyFixtures.crime(crimes, population, "a", Y2021, 40, 4000);
        IndexInputs inputs = new IndexInputs(SafetyFixtures.ITEMS, respondents, List.of(), crimes, population);

        AreaIndex a = IndexCalculator.compute(method, inputs, Y2021, List.of("a")).area("a").orElseThrow();

        IndicatorValue tryg = a.indicators().get(0);
        IndicatorValue crime = a.indicators().get(3);
        assertThat(crime.value()).isCloseTo(40.0, within(1e-9)); // 160 / 4,000 · 1,000; Færdselslov left out
        double shareTryg = tryg.value();
        double shareProblems = a.indicators().get(2).value();
        assertThat(shareTryg + shareProblems).isCloseTo(100, within(1e-9)); // the same respondents, opposite answers
        double oplevet = 0.6 * 100 * (shareTryg - 50) / 50 + 0.4 * 100 * (a.indicators().get(1).value() - 30) / 70;
        double nabolag = 100 * (1 - shareProblems / 60);
        double anmeldelser = 100 * (1 - 40.0 / 80);
        assertThat(a.value()).isCloseTo(0.4 * oplevet + 0.3 * nabolag + 0.3 * anmeldelser, within(1e-9));
        assertThat(a.interval().contains(a.value())).isTrue();
        assertThat(a.respondents()).isEqualTo(300);
        assertThat(a.effectiveN()).isLessThan(300).isGreaterThan(250);
        assertThat(a.inputsSha256()).hasSize(64);
        assertThat(a.suppressed()).isNull();
    }

    @Test
    void suppressesASmallSampleSaysWhyAndLeavesTheAreaWithoutIndex() {
        IndexInputs inputs = SafetyFixtures.inputs(Y2021, List.of("small"), 40, 0.8, 3);
        AreaIndex a = IndexCalculator.compute(method, inputs, Y2021, List.of("small")).area("small").orElseThrow();
        assertThat(a.indicators().get(0).suppressed().reason()).isEqualTo(Reason.N_TOO_SMALL);
        assertThat(a.indicators().get(0).suppressed().text()).isEqualTo("N_TOO_SMALL: n = 40 < 50");
        assertThat(Double.isNaN(a.value())).isTrue();
        assertThat(a.suppressed().reason()).isEqualTo(Reason.INDICATOR_MISSING);
        assertThat(a.suppressed().detail()).startsWith("andel_tryg");
    }

    @Test
    void suppressesByEffectiveNAndByIntervalWidth() {
        // 60 answers, but one weight dominates: n_eff < 30.
        List<Respondent> skewed = new ArrayList<>(SafetyFixtures.respondents("s", Y2021, 59, 40, 4));
        skewed.add(new Respondent("s", Y2021, 40.0, new int[] {2, 1, 1}));
        // 80 answers with equal weights at 50 %: ±10.8 pp.
        List<Respondent> wide = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            wide.add(new Respondent("w", Y2021, 1.0, i < 40 ? new int[] {2, 1, 1} : new int[] {6, 4, 4}));
        }
        skewed.addAll(wide);
        IndexInputs inputs = new IndexInputs(SafetyFixtures.ITEMS, skewed, List.of(), List.of(), List.of());
        IndexResult r = IndexCalculator.compute(method, inputs, Y2021, List.of("s", "w"));
        assertThat(r.area("s").orElseThrow().indicators().get(0).suppressed().reason()).isEqualTo(Reason.EFFECTIVE_N_TOO_SMALL);
        assertThat(r.area("w").orElseThrow().indicators().get(0).suppressed().reason()).isEqualTo(Reason.INTERVAL_TOO_WIDE);
        assertThat(r.area("w").orElseThrow().indicators().get(3).suppressed().reason()).isEqualTo(Reason.NO_DATA);
    }

    @Test
    void fewerThanFiveReportsAreHiddenButStillCountInTheIndex() {
        List<CrimeCount> crimes = new ArrayList<>();
        List<Population> population = new ArrayList<>();
        SafetyFixtures.crime(crimes, population, "q", Y2021, 1, 2000); // 4 a year
        IndexInputs inputs = new IndexInputs(SafetyFixtures.ITEMS, SafetyFixtures.respondents("q", Y2021, 400, 300, 5),
                List.of(), crimes, population);
        AreaIndex q = IndexCalculator.compute(method, inputs, Y2021, List.of("q")).area("q").orElseThrow();
        IndicatorValue reports = q.indicators().get(3);
        assertThat(reports.suppressed().reason()).isEqualTo(Reason.COUNT_UNDER_MINIMUM);
        assertThat(reports.suppressed().detail()).isEqualTo("<5");
        assertThat(reports.usable()).isTrue();
        assertThat(q.shown()).isTrue();
    }

    @Test
    void usesAPublishedShareWhereNoRespondentAnswered() {
        ShareAggregate national = new ShareAggregate("danmark", Period.of("2021"), "andel_tryg", 0.881, 27_510, 27_510,
                "Justitsministeriets Forskningskontor 2022");
        IndexInputs inputs = new IndexInputs(SafetyFixtures.ITEMS, List.of(), List.of(national), List.of(), List.of());
        IndicatorValue v = IndexCalculator.compute(method, inputs, Y2021, List.of("danmark")).area("danmark").orElseThrow()
                .indicators().get(0);
        assertThat(v.value()).isCloseTo(88.1, within(1e-9));
        assertThat(v.interval().low()).isCloseTo(87.7, within(0.05));
        assertThat(v.source()).contains("Forskningskontor");
        assertThat(v.suppressed()).isNull();
    }

    @Test
    void replayOfTheSameMethodAndInputsIsIdenticalBitForBit() {
        IndexInputs inputs = SafetyFixtures.inputs(Y2021, List.of("a", "b", "c"), 200, 0.7, 11);
        IndexResult first = IndexCalculator.compute(method, inputs, Y2021, List.of("a", "b", "c"));
        IndexResult again = IndexCalculator.compute(SafetyFixtures.method(), inputs, Y2021, List.of("a", "b", "c"));
        assertThat(again.areas()).isEqualTo(first.areas());
        assertThat(again.methodSha256()).isEqualTo(first.methodSha256());
        MethodDocument reseeded = MethodCodec.parse(SafetyFixtures.methodText().replace("seed: 20261202", "seed: 8"));
        IndexResult other = IndexCalculator.compute(reseeded, inputs, Y2021, List.of("a", "b", "c"));
        assertThat(other.area("a").orElseThrow().value()).isEqualTo(first.area("a").orElseThrow().value());
        assertThat(other.area("a").orElseThrow().interval()).isNotEqualTo(first.area("a").orElseThrow().interval());
    }

    @Test
    void inputsHashChangesWithOneAnswerAndOnlyForThatArea() {
        IndexInputs inputs = SafetyFixtures.inputs(Y2021, List.of("a", "b"), 200, 0.7, 11);
        List<Respondent> changed = new ArrayList<>(inputs.respondents());
        Respondent first = changed.get(0);
        changed.set(0, new Respondent(first.area(), first.period(), first.weight(), new int[] {3, 1, 1}));
        IndexInputs other = new IndexInputs(inputs.items(), changed, inputs.shares(), inputs.crimes(), inputs.population());
        IndexResult r1 = IndexCalculator.compute(method, inputs, Y2021, List.of("a", "b"));
        IndexResult r2 = IndexCalculator.compute(method, other, Y2021, List.of("a", "b"));
        assertThat(r2.area("a").orElseThrow().inputsSha256()).isNotEqualTo(r1.area("a").orElseThrow().inputsSha256());
        assertThat(r2.area("b").orElseThrow().inputsSha256()).isEqualTo(r1.area("b").orElseThrow().inputsSha256());
    }

    @Test
    void ranksTheSafestAreaFirstWithARankInterval() {
        List<String> areas = List.of("a", "b", "c", "d");
        IndexInputs inputs = SafetyFixtures.inputs(Y2021, areas, 300, 0.8, 21); // crime rises from a to d
        IndexResult r = IndexCalculator.compute(method, inputs, Y2021, areas);
        assertThat(r.areas()).extracting(AreaIndex::rank).containsExactly(1, 2, 3, 4);
        for (AreaIndex a : r.areas()) {
            assertThat(a.rankLow()).isBetween(1, a.rank());
            assertThat(a.rankHigh()).isBetween(a.rank(), 4);
        }
    }

    @Test
    void aChangeIsSignificantOnlyWhenThePairedIntervalExcludesZero() {
        Period y2022 = Period.of("2022");
        List<Respondent> respondents = new ArrayList<>();
        respondents.addAll(SafetyFixtures.respondents("a", Y2021, 400, 240, 1)); // 60 %
        respondents.addAll(SafetyFixtures.respondents("a", y2022, 400, 340, 2)); // 85 %
        respondents.addAll(SafetyFixtures.respondents("b", Y2021, 400, 240, 3));
        respondents.addAll(SafetyFixtures.respondents("b", y2022, 400, 244, 4)); // 61 %
        List<CrimeCount> crimes = new ArrayList<>();
        List<Population> population = new ArrayList<>();
        for (String area : List.of("a", "b")) {
            SafetyFixtures.crime(crimes, population, area, Y2021, 40, 4000);
            SafetyFixtures.crime(crimes, population, area, y2022, 40, 4000);
        }
        IndexInputs inputs = new IndexInputs(SafetyFixtures.ITEMS, respondents, List.of(), crimes, population);
        IndexResult before = IndexCalculator.compute(method, inputs, Y2021, List.of("a", "b"));
        IndexResult after = IndexCalculator.compute(method, inputs, y2022, List.of("a", "b"));
        Change a = Change.between(before, after, "a").orElseThrow();
        Change b = Change.between(before, after, "b").orElseThrow();
        assertThat(a.difference()).isPositive();
        assertThat(a.significant()).isTrue();
        assertThat(b.significant()).as("61 %% against 60 %% is no sure change: %s", b).isFalse();
    }
}
