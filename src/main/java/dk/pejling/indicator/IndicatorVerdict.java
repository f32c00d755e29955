package dk.pejling.indicator;

import dk.pejling.indicator.attainment.IndicatorFacts;
import dk.pejling.indicator.attainment.MeasuredValue;
import dk.pejling.indicator.attainment.Rollup;
import dk.pejling.indicator.attainment.TargetEvaluator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The verdict of one indicator for one period: its targets of that period evaluated and, when
 * there are several (a ladder over time, or the same goal stated as a level and as a change),
 * combined the default way.
 */
public record IndicatorVerdict(UUID indicatorId, String indicatorName, MeasurementPeriod period, Attainment status,
                               Explanation explanation, List<TargetResult> targets) {

    public static List<IndicatorVerdict> of(IndicatorFacts indicator, List<MeasuredValue> values) {
        Map<MeasurementPeriod, List<TargetSpec>> byPeriod = new LinkedHashMap<>();
        indicator.targets().forEach(t -> byPeriod.computeIfAbsent(t.period(), p -> new ArrayList<>()).add(t));
        List<IndicatorVerdict> verdicts = new ArrayList<>();
        byPeriod.forEach((period, targets) -> verdicts.add(of(indicator, period, targets, values)));
        return verdicts;
    }

    public static IndicatorVerdict of(IndicatorFacts indicator, MeasurementPeriod period, List<TargetSpec> targets,
                                      List<MeasuredValue> values) {
        List<TargetResult> results = targets.stream().map(t -> TargetEvaluator.evaluate(indicator, t, values)).toList();
        if (results.size() == 1) {
            TargetResult only = results.get(0);
            return new IndicatorVerdict(indicator.id(), indicator.name(), period, only.status(), only.explanation(), results);
        }
        Attainment status = Rollup.combine(results.stream().map(r -> new Rollup.Item(r.status(), null)).toList(),
                RollupMethod.ALL_OR_SOME);
        return new IndicatorVerdict(indicator.id(), indicator.name(), period, status, Explanation.of(Explanation.Reason.COMBINED,
                results.stream().map(TargetResult::explanation).toList(), status), results);
    }
}
