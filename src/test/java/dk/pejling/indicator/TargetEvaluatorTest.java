package dk.pejling.indicator;

import static dk.pejling.indicator.Fixtures.change;
import static dk.pejling.indicator.Fixtures.indicator;
import static dk.pejling.indicator.Fixtures.reported;
import static dk.pejling.indicator.Fixtures.step;
import static dk.pejling.indicator.Fixtures.stepValue;
import static dk.pejling.indicator.Fixtures.strict;
import static dk.pejling.indicator.Fixtures.target;
import static dk.pejling.indicator.Fixtures.value;
import static dk.pejling.indicator.Fixtures.withBaseline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.indicator.attainment.IndicatorFacts;
import dk.pejling.indicator.attainment.MeasuredValue;
import dk.pejling.indicator.attainment.TargetEvaluator;
import dk.pejling.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetEvaluatorTest {

    private static Attainment verdict(IndicatorFacts i, MeasuredValue... values) {
        return TargetEvaluator.evaluate(i, i.targets().get(0), List.of(values)).status();
    }

    @Test
    void atMostIsReachedAtTheBoundaryButAStrictLimitIsNot() {
        assertThat(verdict(indicator(Unit.COUNT, 0, Direction.LOWER_IS_BETTER, target("2018", TargetKind.AT_MOST, "1725")),
                value("2018", "1725"))).isEqualTo(Attainment.REACHED);
        assertThat(verdict(indicator(Unit.COUNT, 0, Direction.LOWER_IS_BETTER, strict("2018", TargetKind.AT_MOST, "90")),
                value("2018", "90"))).isEqualTo(Attainment.NOT_REACHED);
        assertThat(verdict(indicator(Unit.COUNT, 0, Direction.LOWER_IS_BETTER, strict("2018", TargetKind.AT_MOST, "90")),
                value("2018", "89"))).isEqualTo(Attainment.REACHED);
    }

    @Test
    void valuesAreComparedAsPublishedRoundedToTheIndicatorsDecimals() {
        IndicatorFacts i = indicator(Unit.PERCENT, 1, Direction.HIGHER_IS_BETTER, target("2018", TargetKind.AT_LEAST, "68"));
        assertThat(verdict(i, value("2018", "67.95"))).isEqualTo(Attainment.REACHED);
        assertThat(verdict(i, value("2018", "67.94"))).isEqualTo(Attainment.NOT_REACHED);
    }

    @Test
    void missingDataIsNotMeasuredNeverZero() {
        IndicatorFacts i = indicator(Unit.COUNT, 0, Direction.LOWER_IS_BETTER, target("2018", TargetKind.AT_MOST, "10"));
        TargetResult result = TargetEvaluator.evaluate(i, i.targets().get(0), List.of(value("2017", "5")));
        assertThat(result.status()).isEqualTo(Attainment.NOT_MEASURED);
        assertThat(result.measured()).isNull();
        assertThat(Sentences.da(result.explanation())).contains("ingen måling").endsWith("ikke målt.");
    }

    /** Seed 001: quarterly values of 2018 (36,9 % and 35,8 %), a +3 pp target against 2017, no 2017 value. */
    @Test
    void aYearMeasuredByQuartersWithoutTheReferenceYearSaysWhichQuarterItUsedAndWhatIsMissing() {
        IndicatorFacts i = indicator(Unit.PERCENT, 1, Direction.HIGHER_IS_BETTER, change("2018", TargetKind.PP_CHANGE, "3", "2017"));
        TargetResult result = TargetEvaluator.evaluate(i, i.targets().get(0),
                List.of(value("2018-K1", "36.9"), value("2018-K2", "35.8")));
        assertThat(result.status()).isEqualTo(Attainment.NOT_MEASURED);
        assertThat(result.measuredPeriod()).isEqualTo(MeasurementPeriod.of("2018-K2"));
        assertThat(Sentences.da(result.explanation())).doesNotContain("Der er ingen måling af")
                .contains("35,8", "seneste måling: 2. kvartal 2018", "ingen måling af 2017 at sammenligne med")
                .endsWith("ikke målt.");
        assertThat(Sentences.en(result.explanation())).contains("latest value: ", "no value of 2017");
    }

    @Test
    void aValueOfAnotherYearDoesNotCountButTheLatestPartOfTheYearDoes() {
        IndicatorFacts i = indicator(Unit.PERCENT, 1, Direction.HIGHER_IS_BETTER, target("2018", TargetKind.AT_LEAST, "40"));
        assertThat(verdict(i, value("2019", "50"))).isEqualTo(Attainment.NOT_MEASURED);
        TargetResult result = TargetEvaluator.evaluate(i, i.targets().get(0),
                List.of(value("2018-K1", "30"), value("2018-K2", "45")));
        assertThat(result.status()).isEqualTo(Attainment.REACHED);
        assertThat(result.measuredPeriod()).isEqualTo(MeasurementPeriod.of("2018-K2"));
        assertThat(Sentences.da(result.explanation())).contains("seneste måling: 2. kvartal 2018");
    }

    @Test
    void relativeChangeIsComputedAgainstTheReferencePeriod() {
        IndicatorFacts i = indicator(Unit.COUNT, 0, Direction.LOWER_IS_BETTER, change("2018", TargetKind.RELATIVE_CHANGE, "-5.1", "2017"));
        assertThat(verdict(i, value("2017", "4000"), value("2018", "3796"))).isEqualTo(Attainment.REACHED); // -5.1 %
        assertThat(verdict(i, value("2017", "4000"), value("2018", "3800"))).isEqualTo(Attainment.NOT_REACHED); // -5.0 %
        assertThat(verdict(i, value("2018", "3000"))).isEqualTo(Attainment.NOT_MEASURED);
    }

    @Test
    void relativeChangeCanBeMeasuredAgainstTheBaseline() {
        IndicatorFacts i = withBaseline(indicator(Unit.PERCENT, 2, Direction.LOWER_IS_BETTER,
                new TargetSpec(MeasurementPeriod.of("2022"), null, TargetKind.RELATIVE_CHANGE, Fixtures.d("-10"), null, null, true, false, null)), "13.9");
        assertThat(verdict(i, value("2022", "12.5"))).isEqualTo(Attainment.REACHED);
        assertThat(verdict(i, value("2022", "12.6"))).isEqualTo(Attainment.NOT_REACHED);
    }

    @Test
    void percentagePointChangeFallsBackOnAChangeTheSourceStates() {
        IndicatorFacts i = indicator(Unit.PERCENT, 1, Direction.HIGHER_IS_BETTER, change("2018", TargetKind.PP_CHANGE, "2", "2017"));
        assertThat(verdict(i, value("2017", "30"), value("2018", "32"))).isEqualTo(Attainment.REACHED);
        TargetResult stated = TargetEvaluator.evaluate(i, i.targets().get(0),
                List.of(reported("2018", "33.9", "-0.3", Unit.PERCENTAGE_POINTS, ReportedChange.Qualifier.EXACT)));
        assertThat(stated.status()).isEqualTo(Attainment.NOT_REACHED);
        assertThat(stated.changeReported()).isTrue();
        assertThat(Sentences.da(stated.explanation())).contains("et fald på 0,3 procentpoint (oplyst af kilden)");
        // A change stated in percent cannot judge a target in percentage points.
        assertThat(verdict(i, reported("2018", "33.9", "-0.3", Unit.PERCENT, ReportedChange.Qualifier.EXACT)))
                .isEqualTo(Attainment.NOT_MEASURED);
        assertThat(verdict(i, reported("2018", "45.2", "5", Unit.PERCENTAGE_POINTS, ReportedChange.Qualifier.MORE_THAN)))
                .isEqualTo(Attainment.REACHED);
        assertThat(verdict(i, reported("2018", "45.2", "5", Unit.PERCENTAGE_POINTS, ReportedChange.Qualifier.LESS_THAN)))
                .isEqualTo(Attainment.NOT_REACHED);
    }

    @Test
    void returnToAnEarlierLevelFollowsTheDirection() {
        IndicatorFacts lower = indicator(Unit.FULL_YEAR_PERSONS, 0, Direction.LOWER_IS_BETTER,
                new TargetSpec(MeasurementPeriod.of("2018"), null, TargetKind.RETURN_TO_LEVEL, Fixtures.d("83"), null,
                        MeasurementPeriod.of("2015"), false, false, null));
        assertThat(verdict(lower, value("2018", "103"))).isEqualTo(Attainment.NOT_REACHED);
        assertThat(verdict(lower, value("2018", "83"))).isEqualTo(Attainment.REACHED);
        IndicatorFacts fromPeriod = indicator(Unit.COUNT, 0, Direction.HIGHER_IS_BETTER,
                change("2018", TargetKind.RETURN_TO_LEVEL, null, "2015"));
        assertThat(verdict(fromPeriod, value("2015", "50"), value("2018", "51"))).isEqualTo(Attainment.REACHED);
        assertThat(verdict(fromPeriod, value("2018", "51"))).isEqualTo(Attainment.NOT_MEASURED);
    }

    @Test
    void notWorseThanAPeriodAllowsNoIncreaseWhenLowerIsBetter() {
        IndicatorFacts i = indicator(Unit.COUNT, 0, Direction.LOWER_IS_BETTER, change("2018", TargetKind.NOT_WORSE_THAN_PERIOD, null, "2017"));
        assertThat(verdict(i, value("2017", "2011"), value("2018", "2011"))).isEqualTo(Attainment.REACHED);
        assertThat(verdict(i, value("2017", "2011"), value("2018", "2035"))).isEqualTo(Attainment.NOT_REACHED);
        assertThat(verdict(i, reported("2018", "2035", "1.2", Unit.PERCENT, ReportedChange.Qualifier.EXACT)))
                .isEqualTo(Attainment.NOT_REACHED);
    }

    @Test
    void withinRangeIncludesBothBounds() {
        IndicatorFacts i = indicator(Unit.SCORE, 1, Direction.WITHIN_RANGE,
                new TargetSpec(MeasurementPeriod.of("2020"), null, TargetKind.WITHIN_RANGE, Fixtures.d("4"), Fixtures.d("6"), null, false, false, null));
        assertThat(verdict(i, value("2020", "4"))).isEqualTo(Attainment.REACHED);
        assertThat(verdict(i, value("2020", "6"))).isEqualTo(Attainment.REACHED);
        assertThat(verdict(i, value("2020", "6.1"))).isEqualTo(Attainment.NOT_REACHED);
    }

    @Test
    void aLadderIsPartlyReachedWhenSomeStepsAreAndNotMeasuredWhenNoneAreMeasured() {
        IndicatorFacts i = indicator(Unit.PERCENT, 1, Direction.HIGHER_IS_BETTER,
                step("2018", "1 år", "10"), step("2018", "2 år", "25"), step("2018", "3 år", "50"));
        MeasurementPeriod p = MeasurementPeriod.of("2018");
        assertThat(IndicatorVerdict.of(i, p, i.targets(), List.of(stepValue("2018", "1 år", "5.7"),
                stepValue("2018", "2 år", "25.8"), stepValue("2018", "3 år", "53.8"))).status()).isEqualTo(Attainment.PARTLY_REACHED);
        // Two steps reached and one not yet measured: not all is known, so at most partly reached.
        assertThat(IndicatorVerdict.of(i, p, i.targets(), List.of(stepValue("2018", "1 år", "12"),
                stepValue("2018", "2 år", "30"))).status()).isEqualTo(Attainment.PARTLY_REACHED);
        assertThat(IndicatorVerdict.of(i, p, i.targets(), List.of(stepValue("2018", "1 år", "2"))).status())
                .isEqualTo(Attainment.NOT_REACHED);
        assertThat(IndicatorVerdict.of(i, p, i.targets(), List.of()).status()).isEqualTo(Attainment.NOT_MEASURED);
    }

    @Test
    void englishSentenceUsesEnglishNumbersAndSteps() {
        IndicatorFacts i = indicator(Unit.PERCENT, 1, Direction.HIGHER_IS_BETTER, step("2018", "2 år", "25"));
        TargetResult r = TargetEvaluator.evaluate(i, i.targets().get(0), List.of(stepValue("2018", "2 år", "25.8")));
        assertThat(Sentences.en(r.explanation())).isEqualTo("The target was at least 25% after 2 years; the result was 25.8% (0.8 percentage points above): reached.");
        assertThat(Sentences.da(r.explanation())).isEqualTo("Målet var mindst 25 % efter 2 år; resultatet blev 25,8 % (0,8 procentpoint over): nået.");
    }

    @Test
    void aChangeTargetWithoutItsReferenceIsRefused() {
        assertThatThrownBy(() -> new TargetSpec(MeasurementPeriod.of("2018"), null, TargetKind.PP_CHANGE, Fixtures.d("2"),
                null, null, false, false, null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("referencePeriod"));
    }
}
