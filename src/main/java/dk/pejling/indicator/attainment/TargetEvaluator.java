package dk.pejling.indicator.attainment;

import dk.pejling.indicator.Attainment;
import dk.pejling.indicator.Direction;
import dk.pejling.indicator.Explanation;
import dk.pejling.indicator.Explanation.Percent;
import dk.pejling.indicator.Explanation.Phrase;
import dk.pejling.indicator.Explanation.Points;
import dk.pejling.indicator.Explanation.Quantity;
import dk.pejling.indicator.Explanation.Reason;
import dk.pejling.indicator.Explanation.Step;
import dk.pejling.indicator.ExplanationText;
import dk.pejling.indicator.MeasurementPeriod;
import dk.pejling.indicator.ReportedChange;
import dk.pejling.indicator.TargetKind;
import dk.pejling.indicator.TargetResult;
import dk.pejling.indicator.TargetSpec;
import dk.pejling.indicator.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes the verdict of one target from an indicator's current values. Pure and stateless; it answers
 * numbers and a structured {@link Explanation}, never words ({@link ExplanationText} writes the sentence).
 *
 * <p>Rules, stated so a citizen can reproduce them: values are compared as published, i.e. rounded
 * to the indicator's decimals; a relative change is computed in percent with one decimal; a target
 * for a year is met by the value of that year, or, when the year is not yet complete, by the latest
 * value of a part of it (which the sentence names); a missing value is "not measured", never zero;
 * a change target without the reference value falls back on a change the source itself states.
 */
public final class TargetEvaluator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TargetEvaluator() {
    }

    public static TargetResult evaluate(IndicatorFacts indicator, TargetSpec target, List<MeasuredValue> values) {
        Optional<MeasuredValue> current = valueFor(target.period(), target.step(), values);
        if (current.isEmpty()) {
            return notMeasured(indicator, target);
        }
        MeasuredValue m = current.get();
        return switch (target.kind()) {
            case AT_LEAST, AT_MOST, WITHIN_RANGE -> level(indicator, target, m);
            case RETURN_TO_LEVEL -> returnToLevel(indicator, target, m, values);
            case RELATIVE_CHANGE, PP_CHANGE, NOT_WORSE_THAN_PERIOD -> change(indicator, target, m, values);
        };
    }

    /** The value of the period itself, else the latest value of a part of it. */
    static Optional<MeasuredValue> valueFor(MeasurementPeriod period, String step, List<MeasuredValue> values) {
        Optional<MeasuredValue> exact = values.stream()
                .filter(v -> v.period().equals(period) && Objects.equals(v.step(), step)).findFirst();
        if (exact.isPresent() || !period.isYear()) {
            return exact;
        }
        return values.stream()
                .filter(v -> v.period().within(period) && Objects.equals(v.step(), step))
                .max(Comparator.comparing(MeasuredValue::period));
    }

    private static TargetResult level(IndicatorFacts ind, TargetSpec t, MeasuredValue m) {
        BigDecimal v = round(m.value(), ind.decimals());
        BigDecimal goal = round(t.value(), ind.decimals());
        boolean reached = switch (t.kind()) {
            case AT_LEAST -> t.strict() ? v.compareTo(goal) > 0 : v.compareTo(goal) >= 0;
            case AT_MOST -> t.strict() ? v.compareTo(goal) < 0 : v.compareTo(goal) <= 0;
            default -> v.compareTo(goal) >= 0 && v.compareTo(round(t.upper(), ind.decimals())) <= 0;
        };
        Attainment status = reached ? Attainment.REACHED : Attainment.NOT_REACHED;
        boolean byInterval = m.hasInterval() && t.kind() != TargetKind.WITHIN_RANGE;
        if (byInterval) {
            status = IntervalVerdict.of(t, round(m.ciLow(), ind.decimals()), round(m.ciHigh(), ind.decimals()), goal);
        }
        Phrase target = t.kind() == TargetKind.WITHIN_RANGE
                ? Phrase.of("between", quantity(t.value(), ind), quantity(t.upper(), ind))
                : Phrase.of((t.kind() == TargetKind.AT_LEAST ? "atLeast" : "atMost") + (t.strict() ? ".strict" : ""),
                quantity(t.value(), ind));
        Explanation why = Explanation.of(Reason.LEVEL, target, step(t), quantity(m.value(), ind), partOf(m, t),
                difference(v, t.kind() == TargetKind.WITHIN_RANGE ? null : goal, ind),
                byInterval ? IntervalVerdict.phrase(m, ind, status) : Phrase.NONE, status);
        return new TargetResult(t, status, m.value(), m.period(), null, null, false, why);
    }

    private static TargetResult returnToLevel(IndicatorFacts ind, TargetSpec t, MeasuredValue m, List<MeasuredValue> values) {
        BigDecimal level = t.value();
        if (level == null) {
            Optional<MeasuredValue> ref = valueFor(t.referencePeriod(), t.step(), values);
            if (ref.isEmpty()) {
                return notMeasured(ind, t);
            }
            level = ref.get().value();
        }
        BigDecimal v = round(m.value(), ind.decimals());
        BigDecimal goal = round(level, ind.decimals());
        boolean lowerIsBetter = ind.direction() == Direction.LOWER_IS_BETTER;
        boolean reached = lowerIsBetter ? v.compareTo(goal) <= 0 : v.compareTo(goal) >= 0;
        Attainment status = reached ? Attainment.REACHED : Attainment.NOT_REACHED;
        Explanation why = Explanation.of(Reason.RETURN_TO_LEVEL, t.referencePeriod().toString(), quantity(level, ind),
                quantity(m.value(), ind), partOf(m, t), difference(v, goal, ind), status);
        return new TargetResult(t, status, m.value(), m.period(), level, null, false, why);
    }

    private static TargetResult change(IndicatorFacts ind, TargetSpec t, MeasuredValue m, List<MeasuredValue> values) {
        boolean points = t.kind() == TargetKind.PP_CHANGE;
        BigDecimal reference = referenceValue(ind, t, values);
        BigDecimal change;
        boolean reported = false;
        ReportedChange.Qualifier qualifier = ReportedChange.Qualifier.EXACT;
        if (reference != null) {
            change = points ? round(m.value().subtract(reference), ind.decimals()) : relative(m.value(), reference);
        } else if (m.reportedChange() != null && m.reportedChange().value() != null
                && (m.reportedChange().unit() == Unit.PERCENTAGE_POINTS) == points) {
            change = m.reportedChange().value();
            qualifier = m.reportedChange().qualifier();
            reported = true;
        } else {
            return withoutReference(ind, t, m);
        }
        boolean reached = changeReached(t, ind.direction(), change, qualifier);
        Attainment status = reached ? Attainment.REACHED : Attainment.NOT_REACHED;
        Explanation why = Explanation.of(Reason.CHANGE, changeGoal(t, ind), referenceName(t), quantity(m.value(), ind),
                partOf(m, t), changeText(change, qualifier, points, ind.decimals(), reported, reference, ind), status);
        return new TargetResult(t, status, m.value(), m.period(), reference, change, reported, why);
    }

    private static boolean changeReached(TargetSpec t, Direction direction, BigDecimal change, ReportedChange.Qualifier q) {
        if (t.kind() == TargetKind.NOT_WORSE_THAN_PERIOD) {
            boolean lowerIsBetter = direction == Direction.LOWER_IS_BETTER;
            int sign = change.signum();
            if (q == ReportedChange.Qualifier.MORE_THAN) {
                return !lowerIsBetter && sign >= 0;
            }
            if (q == ReportedChange.Qualifier.LESS_THAN) {
                return lowerIsBetter && sign <= 0;
            }
            return lowerIsBetter ? sign <= 0 : sign >= 0;
        }
        BigDecimal wanted = t.value();
        // A change of 0 points the way that is better for the indicator: "no increase" when lower is better.
        boolean increase = wanted.signum() > 0 || (wanted.signum() == 0 && direction != Direction.LOWER_IS_BETTER);
        // "more than x" meets an increase target when x already does; "less than x" never proves one.
        if (increase) {
            return change.compareTo(wanted) >= 0 && q != ReportedChange.Qualifier.LESS_THAN;
        }
        return change.compareTo(wanted) <= 0 && q != ReportedChange.Qualifier.MORE_THAN;
    }

    private static BigDecimal referenceValue(IndicatorFacts ind, TargetSpec t, List<MeasuredValue> values) {
        if (t.againstBaseline()) {
            return ind.baselines().isEmpty() ? null : ind.baselines().get(0);
        }
        return valueFor(t.referencePeriod(), t.step(), values).map(MeasuredValue::value).orElse(null);
    }

    /** "udgangspunktet" or the reference period. */
    private static Object referenceName(TargetSpec t) {
        return t.againstBaseline() ? Phrase.of("baseline") : t.referencePeriod();
    }

    private static Phrase changeGoal(TargetSpec t, IndicatorFacts ind) {
        if (t.kind() == TargetKind.NOT_WORSE_THAN_PERIOD || t.value().signum() == 0) {
            return Phrase.of(ind.direction() == Direction.LOWER_IS_BETTER ? "noIncrease" : "noDecrease");
        }
        Object amount = t.kind() == TargetKind.PP_CHANGE ? new Points(t.value(), ind.decimals()) : new Percent(t.value());
        return Phrase.of(t.value().signum() > 0 ? "increaseOfAtLeast" : "decreaseOfAtLeast", amount);
    }

    private static Phrase changeText(BigDecimal change, ReportedChange.Qualifier q, boolean points, int decimals,
                                     boolean reported, BigDecimal reference, IndicatorFacts ind) {
        Object amount = points ? new Points(change, decimals) : new Percent(change);
        Object qualified = switch (q) {
            case MORE_THAN -> Phrase.of("moreThan", amount);
            case LESS_THAN -> Phrase.of("lessThan", amount);
            default -> amount;
        };
        Phrase from = reported ? Phrase.of("statedBySource") : Phrase.of("from", quantity(reference, ind));
        String direction = change.signum() > 0 ? "increaseOf" : change.signum() < 0 ? "decreaseOf" : "changeOf";
        return Phrase.of(direction, qualified, from);
    }

    private static Phrase difference(BigDecimal value, BigDecimal goal, IndicatorFacts ind) {
        if (goal == null || value.compareTo(goal) == 0) {
            return Phrase.NONE;
        }
        boolean above = value.compareTo(goal) > 0;
        Object amount = ind.unit() == Unit.PERCENT
                ? new Points(value.subtract(goal), ind.decimals())
                : goal.signum() == 0 ? quantity(value.subtract(goal).abs(), ind)
                : new Percent(relative(value, goal));
        return Phrase.of(above ? "above" : "below", amount);
    }

    private static Phrase partOf(MeasuredValue m, TargetSpec t) {
        return m.period().equals(t.period()) ? Phrase.NONE : Phrase.of("latestValue", m.period());
    }

    private static Phrase step(TargetSpec t) {
        return t.step() == null ? Phrase.NONE : Phrase.of("after", new Step(t.step()));
    }

    private static Quantity quantity(BigDecimal value, IndicatorFacts ind) {
        return new Quantity(value, ind.decimals(), ind.unit());
    }

    /**
     * The year is measured (its value, or the latest of its quarters or months: the sentence names
     * which) but the value it is to be compared with is missing, so the change cannot be judged. It
     * stays "not measured", and says so, rather than claiming there is no measurement at all.
     */
    private static TargetResult withoutReference(IndicatorFacts ind, TargetSpec t, MeasuredValue m) {
        Explanation why = Explanation.of(Reason.NO_REFERENCE, changeGoal(t, ind), referenceName(t),
                quantity(m.value(), ind), partOf(m, t), Attainment.NOT_MEASURED);
        return new TargetResult(t, Attainment.NOT_MEASURED, m.value(), m.period(), null, null, false, why);
    }

    private static TargetResult notMeasured(IndicatorFacts ind, TargetSpec t) {
        Explanation why = Explanation.of(Reason.NOT_MEASURED, ind.name(), t.period(), step(t), Attainment.NOT_MEASURED);
        return new TargetResult(t, Attainment.NOT_MEASURED, null, null, null, null, false, why);
    }

    /** (value − reference) / reference in percent, one decimal. */
    static BigDecimal relative(BigDecimal value, BigDecimal reference) {
        if (reference.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return value.subtract(reference).multiply(HUNDRED).divide(reference.abs(), MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_UP);
    }

    static BigDecimal round(BigDecimal value, int decimals) {
        return value.setScale(Math.max(decimals, 0), RoundingMode.HALF_UP);
    }
}
