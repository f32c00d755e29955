package dk.pejling.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The verdict of a goal for a period, with everything it was computed from: the verdicts of the
 * indicators that serve it (with their weights), a verdict set by hand, and its sub-goals.
 */
public record GoalAttainment(UUID goalId, String code, String title, MeasurementPeriod period, Attainment status,
                             Explanation explanation, RollupMethod method, BigDecimal weightedShare,
                             List<WeightedVerdict> indicators, ManualVerdict manual, List<GoalAttainment> children) {

    public record WeightedVerdict(IndicatorVerdict verdict, BigDecimal weight) {
    }

    /** Every target result of this goal's own indicators. */
    public List<TargetResult> targets() {
        return indicators.stream().flatMap(i -> i.verdict().targets().stream()).toList();
    }
}
