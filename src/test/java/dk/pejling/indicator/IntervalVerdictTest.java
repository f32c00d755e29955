package dk.pejling.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.indicator.attainment.IndicatorFacts;
import dk.pejling.indicator.attainment.MeasuredValue;
import dk.pejling.indicator.attainment.TargetEvaluator;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A level target judged by the value's 95 % interval (the safety index feeds such values). */
class IntervalVerdictTest {

    private static final IndicatorFacts INDEX = new IndicatorFacts(java.util.UUID.randomUUID(), "Tryghedsindeks", Unit.SCORE, 1,
            Direction.HIGHER_IS_BETTER, List.of(), List.of());

    private static TargetSpec atLeast(String value) {
        return new TargetSpec(MeasurementPeriod.of("2017"), null, TargetKind.AT_LEAST, new BigDecimal(value), null, null,
                false, false, null);
    }

    private static MeasuredValue value(String v, String low, String high) {
        return new MeasuredValue(MeasurementPeriod.of("2017"), null, new BigDecimal(v), null, new BigDecimal(low),
                new BigDecimal(high));
    }

    @Test
    void reachedOnlyWhenTheWholeIntervalClearsTheTarget() {
        TargetResult r = TargetEvaluator.evaluate(INDEX, atLeast("60"), List.of(value("64.0", "61.2", "66.8")));
        assertThat(r.status()).isEqualTo(Attainment.REACHED);
        assertThat(Sentences.da(r.explanation())).contains("hele 95 %-intervallet").endsWith("nået.");
    }

    @Test
    void partlyReachedWhenTheIntervalStraddlesTheTargetEvenIfThePointClearsIt() {
        TargetResult r = TargetEvaluator.evaluate(INDEX, atLeast("60"), List.of(value("61.0", "57.5", "64.3")));
        assertThat(r.status()).isEqualTo(Attainment.PARTLY_REACHED);
        assertThat(Sentences.da(r.explanation())).contains("rummer målet");
        assertThat(Sentences.en(r.explanation())).contains("contains the target");
    }

    @Test
    void notReachedWhenTheWholeIntervalMissesAndAtMostMirrorsIt() {
        assertThat(TargetEvaluator.evaluate(INDEX, atLeast("60"), List.of(value("55.0", "52.0", "58.0"))).status())
                .isEqualTo(Attainment.NOT_REACHED);
        TargetSpec atMost = new TargetSpec(MeasurementPeriod.of("2017"), null, TargetKind.AT_MOST, new BigDecimal("20"), null,
                null, false, false, null);
        assertThat(TargetEvaluator.evaluate(INDEX, atMost, List.of(value("18.0", "15.0", "21.0"))).status())
                .isEqualTo(Attainment.PARTLY_REACHED);
        assertThat(TargetEvaluator.evaluate(INDEX, atMost, List.of(value("18.0", "15.0", "19.9"))).status())
                .isEqualTo(Attainment.REACHED);
    }

    @Test
    void aValueWithoutIntervalIsJudgedByItsPointAsBefore() {
        MeasuredValue point = new MeasuredValue(MeasurementPeriod.of("2017"), null, new BigDecimal("61.0"), null);
        assertThat(TargetEvaluator.evaluate(INDEX, atLeast("60"), List.of(point)).status()).isEqualTo(Attainment.REACHED);
    }
}
