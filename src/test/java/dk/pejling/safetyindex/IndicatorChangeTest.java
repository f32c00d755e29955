package dk.pejling.safetyindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The change of one indicator between two periods, the basis of a derived "stigning/fald" target: the
 * interval of the paired difference decides, so a small change on a few hundred answers is not a sure
 * one, a large one is, and a hidden cell gives no change at all.
 */
class IndicatorChangeTest {

    private static final Period Y2015 = Period.of("2015");
    private static final Period Y2017 = Period.of("2017");
    private final MethodDocument method = SafetyFixtures.method();

    private Change change(int n, double before, double after, String key) {
        IndexResult from = IndexCalculator.compute(method, SafetyFixtures.inputs(Y2015, List.of("a"), n, before, 1), Y2015, List.of("a"));
        IndexResult to = IndexCalculator.compute(method, SafetyFixtures.inputs(Y2017, List.of("a"), n, after, 2), Y2017, List.of("a"));
        return Change.ofIndicator(method, from, to, "a", key).orElseThrow();
    }

    @Test
    void aTwoPointRiseOnFourHundredAnswersIsNoSureChange() {
        Change c = change(400, 0.80, 0.82, "andel_tryg");
        assertThat(c.interval().contains(c.difference())).isTrue();
        assertThat(c.interval().low()).isNegative();
        assertThat(c.interval().high()).isPositive();
        assertThat(c.significant()).isFalse();
    }

    @Test
    void aTenPointRiseOnFourHundredAnswersIsASureRise() {
        Change c = change(400, 0.70, 0.80, "andel_tryg");
        assertThat(c.difference()).isBetween(5.0, 15.0);
        assertThat(c.interval().low()).isPositive();
        assertThat(c.significant()).isTrue();
    }

    @Test
    void theIntervalOfTheDifferenceIsWiderThanEitherPeriodsOwn() {
        IndexResult from = IndexCalculator.compute(method, SafetyFixtures.inputs(Y2015, List.of("a"), 400, 0.8, 1), Y2015, List.of("a"));
        IndexResult to = IndexCalculator.compute(method, SafetyFixtures.inputs(Y2017, List.of("a"), 400, 0.8, 2), Y2017, List.of("a"));
        Change c = Change.ofIndicator(method, from, to, "a", "andel_tryg").orElseThrow();
        double own = from.areas().get(0).indicators().get(0).interval().halfWidth();
        // two independent samples: about √2 times one sample's half-width
        assertThat(c.interval().halfWidth()).isBetween(own * 1.2, own * 1.7);
    }

    @Test
    void aCrimeRateChangeUsesTheCountsOfBothPeriods() {
        Change c = change(400, 0.8, 0.8, "anmeldelser");
        assertThat(c.difference()).isZero();
        assertThat(c.significant()).isFalse();
    }

    @Test
    void aHiddenCellGivesNoChange() {
        IndexResult from = IndexCalculator.compute(method, SafetyFixtures.inputs(Y2015, List.of("a"), 20, 0.8, 1), Y2015, List.of("a"));
        IndexResult to = IndexCalculator.compute(method, SafetyFixtures.inputs(Y2017, List.of("a"), 400, 0.8, 2), Y2017, List.of("a"));
        assertThat(from.areas().get(0).indicators().get(0).suppressed()).isNotNull();
        assertThat(Change.ofIndicator(method, from, to, "a", "andel_tryg")).isEmpty();
    }

    @Test
    void theSameInputsGiveTheSameChangeBitForBit() {
        Change a = change(300, 0.75, 0.8, "andel_tryg");
        Change b = change(300, 0.75, 0.8, "andel_tryg");
        assertThat(new ArrayList<>(List.of(a.difference(), a.interval().low(), a.interval().high())))
                .containsExactly(b.difference(), b.interval().low(), b.interval().high());
    }
}
