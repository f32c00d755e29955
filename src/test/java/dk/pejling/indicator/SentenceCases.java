package dk.pejling.indicator;

import static dk.pejling.indicator.Fixtures.change;
import static dk.pejling.indicator.Fixtures.d;
import static dk.pejling.indicator.Fixtures.indicator;
import static dk.pejling.indicator.Fixtures.reported;
import static dk.pejling.indicator.Fixtures.step;
import static dk.pejling.indicator.Fixtures.stepValue;
import static dk.pejling.indicator.Fixtures.strict;
import static dk.pejling.indicator.Fixtures.target;
import static dk.pejling.indicator.Fixtures.value;
import static dk.pejling.indicator.Fixtures.withBaseline;

import dk.pejling.indicator.attainment.IndicatorFacts;
import dk.pejling.indicator.attainment.MeasuredValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One indicator verdict of each kind of sentence, for the sentence tests. */
final class SentenceCases {

    private SentenceCases() {
    }

    private static IndicatorVerdict verdict(IndicatorFacts i, MeasuredValue... values) {
        return IndicatorVerdict.of(i, i.targets().get(0).period(), i.targets(), List.of(values));
    }

    static Map<String, IndicatorVerdict> all() {
        Map<String, IndicatorVerdict> cases = new LinkedHashMap<>();
        cases.put("atMostAbove", verdict(indicator(Unit.COUNT, 0, Direction.LOWER_IS_BETTER,
                target("2018", TargetKind.AT_MOST, "1725")), value("2018", "1774")));
        cases.put("strictAtLeastBelowInPercent", verdict(indicator(Unit.PERCENT, 1, Direction.HIGHER_IS_BETTER,
                strict("2018", TargetKind.AT_LEAST, "68")), value("2018", "60.25")));
        cases.put("withinRange", verdict(indicator(Unit.DKK, 0, Direction.HIGHER_IS_BETTER,
                new TargetSpec(MeasurementPeriod.of("2019"), null, TargetKind.WITHIN_RANGE, d("1000"), d("2000"), null,
                        false, false, null)), value("2019", "2500")));
        cases.put("stepLevel", verdict(indicator(Unit.PERCENT, 1, Direction.HIGHER_IS_BETTER, step("2018", "2 år", "25")),
                stepValue("2018", "2 år", "25.8")));
        cases.put("stepNotMeasured", verdict(indicator(Unit.PERCENT, 1, Direction.HIGHER_IS_BETTER, step("2018", "1 år", "25")),
                stepValue("2017", "1 år", "25.8")));
        cases.put("latestQuarter", verdict(indicator(Unit.FULL_YEAR_PERSONS, 0, Direction.LOWER_IS_BETTER,
                target("2018", TargetKind.AT_MOST, "0")), value("2018-K1", "12"), value("2018-K2", "9")));
        cases.put("returnToLevel", verdict(indicator(Unit.COUNT, 0, Direction.LOWER_IS_BETTER,
                change("2018", TargetKind.RETURN_TO_LEVEL, null, "2015")), value("2015", "1000"), value("2018", "1100")));
        cases.put("relativeDecrease", verdict(indicator(Unit.COUNT, 0, Direction.LOWER_IS_BETTER,
                change("2018", TargetKind.RELATIVE_CHANGE, "-10", "2016")), value("2016", "2000"), value("2018", "1700")));
        cases.put("reportedMoreThan", verdict(indicator(Unit.PERCENT, 1, Direction.HIGHER_IS_BETTER,
                change("2018", TargetKind.PP_CHANGE, "3", "2017")),
                reported("2018", "40", "2", Unit.PERCENTAGE_POINTS, ReportedChange.Qualifier.MORE_THAN)));
        cases.put("notWorseThanPeriod", verdict(indicator(Unit.PERCENT, 1, Direction.HIGHER_IS_BETTER,
                change("2018", TargetKind.NOT_WORSE_THAN_PERIOD, null, "2017")), value("2017", "50"), value("2018", "49.5")));
        cases.put("againstBaseline", verdict(withBaseline(indicator(Unit.COUNT, 0, Direction.LOWER_IS_BETTER,
                new TargetSpec(MeasurementPeriod.of("2018"), null, TargetKind.RELATIVE_CHANGE, d("-5"), null, null,
                        true, false, null)), "400"), value("2018", "390")));
        cases.put("noReference", verdict(indicator(Unit.PERCENT, 1, Direction.HIGHER_IS_BETTER,
                change("2018", TargetKind.PP_CHANGE, "3", "2017")), value("2018-K1", "36.9"), value("2018-K2", "35.8")));
        cases.put("intervalContains", verdict(indicator(Unit.PERCENT, 1, Direction.HIGHER_IS_BETTER,
                target("2021", TargetKind.AT_LEAST, "80")),
                new MeasuredValue(MeasurementPeriod.of("2021"), null, d("81.2"), null, d("78.4"), d("84.0"))));
        cases.put("intervalMeets", verdict(indicator(Unit.PERCENT, 1, Direction.HIGHER_IS_BETTER,
                target("2021", TargetKind.AT_LEAST, "70")),
                new MeasuredValue(MeasurementPeriod.of("2021"), null, d("81.2"), null, d("78.4"), d("84.0"))));
        cases.put("combined", verdict(indicator(Unit.COUNT, 0, Direction.LOWER_IS_BETTER,
                target("2018", TargetKind.AT_MOST, "1725"), change("2018", TargetKind.RELATIVE_CHANGE, "0", "2017")),
                value("2017", "1800"), value("2018", "1774")));
        return cases;
    }
}
