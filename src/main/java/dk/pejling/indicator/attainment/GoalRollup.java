package dk.pejling.indicator.attainment;

import dk.pejling.indicator.Attainment;
import dk.pejling.indicator.Explanation;
import dk.pejling.indicator.GoalAttainment;
import dk.pejling.indicator.IndicatorVerdict;
import dk.pejling.indicator.ManualVerdict;
import dk.pejling.indicator.MeasurementPeriod;
import dk.pejling.indicator.RollupMethod;
import dk.pejling.indicator.TargetSpec;
import dk.pejling.strategy.GoalNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Rolls verdicts up a goal tree for one period: own indicators, a verdict by hand, then sub-goals. */
public final class GoalRollup {

    private final MeasurementPeriod period;
    private final RollupMethod method;
    private final Map<UUID, List<IndicatorSnapshot>> indicatorsByGoal;
    private final Map<UUID, List<MeasuredValue>> valuesByIndicator;
    private final Map<UUID, ManualVerdict> manualByGoal;

    public GoalRollup(MeasurementPeriod period, RollupMethod method, Map<UUID, List<IndicatorSnapshot>> indicatorsByGoal,
               Map<UUID, List<MeasuredValue>> valuesByIndicator, Map<UUID, ManualVerdict> manualByGoal) {
        this.period = period;
        this.method = method == null ? RollupMethod.ALL_OR_SOME : method;
        this.indicatorsByGoal = indicatorsByGoal;
        this.valuesByIndicator = valuesByIndicator;
        this.manualByGoal = manualByGoal;
    }

    public GoalAttainment of(GoalNode node) {
        UUID goalId = node.goal().id().value();
        List<GoalAttainment.WeightedVerdict> own = new ArrayList<>();
        for (IndicatorSnapshot indicator : indicatorsByGoal.getOrDefault(goalId, List.of())) {
            List<TargetSpec> targets = indicator.facts().targets().stream().filter(t -> t.period().within(period)).toList();
            if (!targets.isEmpty()) {
                IndicatorVerdict verdict = IndicatorVerdict.of(indicator.facts(), period, targets,
                        valuesByIndicator.getOrDefault(indicator.id(), List.of()));
                own.add(new GoalAttainment.WeightedVerdict(verdict, indicator.weightFor(goalId)));
            }
        }
        ManualVerdict manual = manualByGoal.get(goalId);
        List<GoalAttainment> children = node.children().stream().map(this::of).toList();

        List<Rollup.Item> items = new ArrayList<>();
        List<Explanation> parts = new ArrayList<>();
        own.forEach(v -> {
            items.add(new Rollup.Item(v.verdict().status(), v.weight()));
            parts.add(v.verdict().explanation());
        });
        if (manual != null) {
            items.add(new Rollup.Item(manual.status(), BigDecimal.ONE));
            parts.add(manual.explanation());
        }
        // Sub-goals without anything to judge stay out of their parent's verdict entirely.
        children.stream().filter(c -> c.status() != Attainment.NOT_MEASURED || hasBasis(c))
                .forEach(c -> items.add(new Rollup.Item(c.status(), BigDecimal.ONE)));

        Attainment status = Rollup.combine(items, method);
        BigDecimal share = Rollup.share(items);
        Explanation explanation = items.size() == 1 && parts.size() == 1 ? parts.get(0) : summary(items, status);
        return new GoalAttainment(goalId, node.goal().code(), node.goal().title(), period, status, explanation, method,
                share, own, manual, children);
    }

    private static boolean hasBasis(GoalAttainment g) {
        return !g.indicators().isEmpty() || g.manual() != null || g.children().stream().anyMatch(GoalRollup::hasBasis);
    }

    private Explanation summary(List<Rollup.Item> items, Attainment status) {
        if (items.isEmpty()) {
            return Explanation.of(Explanation.Reason.NOTHING_TO_JUDGE, period);
        }
        long reached = items.stream().filter(i -> i.status() == Attainment.REACHED).count();
        long partly = items.stream().filter(i -> i.status() == Attainment.PARTLY_REACHED).count();
        long not = items.stream().filter(i -> i.status() == Attainment.NOT_REACHED).count();
        long unmeasured = items.stream().filter(i -> i.status() == Attainment.NOT_MEASURED).count();
        return Explanation.of(Explanation.Reason.GOAL_SUMMARY, items.size(), reached, partly, not,
                unmeasured > 0 ? Explanation.Phrase.of("notMeasuredCount", unmeasured) : Explanation.Phrase.NONE,
                method == RollupMethod.WEIGHTED_SHARE
                        ? Explanation.Phrase.of("weightedShare", Rollup.share(items).toPlainString()) : Explanation.Phrase.NONE,
                status);
    }
}
