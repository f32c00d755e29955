package dk.pejling.safetyindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Golden values checked by hand (research notes §A.3–A.4), rounded as they are published. */
class IntervalGoldenTest {

    @Test
    void wilsonIntervalOf535PercentOf293AnswersIs478To591() {
        Interval ci = Wilson.interval(0.535, 293).times(100);
        assertThat(ci.low()).isCloseTo(47.8, within(0.05));
        assertThat(ci.high()).isCloseTo(59.1, within(0.05));
    }

    @Test
    void designEffectWidensTheInterval() {
        // 88.1 % of 27,510 at a design effect of 1.5: 87.6–88.6 %.
        Interval ci = Wilson.interval(0.881, 27_510 / 1.5).times(100);
        assertThat(ci.low()).isCloseTo(87.6, within(0.05));
        assertThat(ci.high()).isCloseTo(88.6, within(0.05));
    }

    @Test
    void fortyFiveReportsAmong3000ResidentsAre15Per1000From109To201() {
        assertThat(PoissonRate.rate(45, 3000)).isCloseTo(15.0, within(1e-9));
        Interval ci = PoissonRate.interval(45, 3000);
        assertThat(ci.low()).isCloseTo(10.9, within(0.05));
        assertThat(ci.high()).isCloseTo(20.1, within(0.05));
    }

    @Test
    void twelveReportsAmong3000ResidentsAre4Per1000From21To70() {
        Interval ci = PoissonRate.interval(12, 3000);
        assertThat(ci.low()).isCloseTo(2.1, within(0.05));
        assertThat(ci.high()).isCloseTo(7.0, within(0.05));
    }

    @Test
    void zeroReportsHaveAnIntervalFromZero() {
        Interval ci = PoissonRate.interval(0, 1000);
        assertThat(ci.low()).isZero();
        assertThat(ci.high()).isCloseTo(3.689, within(0.001)); // χ²(97.5 %; 2)/2 = 3.689 reports
    }

    @Test
    void kishEffectiveNFallsWithUnequalWeights() {
        ShareTally equal = new ShareTally();
        ShareTally unequal = new ShareTally();
        for (int i = 0; i < 100; i++) {
            equal.add(2.0, i < 40);
            unequal.add(i % 2 == 0 ? 1.0 : 3.0, i < 40);
        }
        assertThat(equal.effectiveN()).isCloseTo(100, within(1e-9));
        assertThat(equal.share()).isCloseTo(0.40, within(1e-12));
        // (Σw)²/Σw² = 200² / (50·1 + 50·9) = 80
        assertThat(unequal.effectiveN()).isCloseTo(80, within(1e-9));
        // weighted share: (20·1 + 20·3) / 200 = 0.40
        assertThat(unequal.share()).isCloseTo(0.40, within(1e-12));
    }

    @Test
    void largerSampleNeverWidensTheInterval() {
        for (int p10 = 0; p10 <= 10; p10++) {
            double p = p10 / 10.0;
            double previous = Double.MAX_VALUE;
            for (int n = 5; n <= 5000; n += 17) {
                double width = Wilson.interval(p, n).halfWidth();
                assertThat(width).as("p=%s n=%s", p, n).isLessThanOrEqualTo(previous);
                previous = width;
            }
        }
        for (int count = 0; count <= 200; count += 7) {
            // the same rate on a population ten times larger
            assertThat(PoissonRate.interval(count * 10L, 30_000).halfWidth())
                    .isLessThanOrEqualTo(PoissonRate.interval(count, 3000).halfWidth());
        }
    }
}
