package dk.pejling.indicator;

import static dk.pejling.indicator.NumberText.percent;
import static dk.pejling.indicator.NumberText.points;
import static dk.pejling.indicator.NumberText.withUnit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes the verdict of one target from an indicator's current values. Pure and stateless.
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
        String goalDa;
        String goalEn;
        if (t.kind() == TargetKind.WITHIN_RANGE) {
            goalDa = "mellem " + withUnit(t.value(), ind.decimals(), ind.unit(), true) + " og " + withUnit(t.upper(), ind.decimals(), ind.unit(), true);
            goalEn = "between " + withUnit(t.value(), ind.decimals(), ind.unit(), false) + " and " + withUnit(t.upper(), ind.decimals(), ind.unit(), false);
        } else {
            boolean least = t.kind() == TargetKind.AT_LEAST;
            goalDa = (least ? (t.strict() ? "over " : "mindst ") : (t.strict() ? "under " : "højst ")) + withUnit(t.value(), ind.decimals(), ind.unit(), true);
            goalEn = (least ? (t.strict() ? "above " : "at least ") : (t.strict() ? "below " : "at most ")) + withUnit(t.value(), ind.decimals(), ind.unit(), false);
        }
        String stepDa = t.step() == null ? "" : " efter " + t.step();
        String stepEn = t.step() == null ? "" : " after " + englishStep(t.step());
        String da = "Målet var " + goalDa + stepDa + "; resultatet blev " + withUnit(m.value(), ind.decimals(), ind.unit(), true)
                + partOf(m, t, true) + difference(v, t.kind() == TargetKind.WITHIN_RANGE ? null : goal, ind, true)
                + (byInterval ? IntervalVerdict.sentence(m, ind, status, true) : "") + ": " + status.danish() + ".";
        String en = "The target was " + goalEn + stepEn + "; the result was " + withUnit(m.value(), ind.decimals(), ind.unit(), false)
                + partOf(m, t, false) + difference(v, t.kind() == TargetKind.WITHIN_RANGE ? null : goal, ind, false)
                + (byInterval ? IntervalVerdict.sentence(m, ind, status, false) : "") + ": " + status.english() + ".";
        return new TargetResult(t, status, m.value(), m.period(), null, null, false, Explanation.of(da, en));
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
        String da = "Målet var at komme tilbage på " + t.referencePeriod() + "-niveauet (" + withUnit(level, ind.decimals(), ind.unit(), true)
                + "); resultatet blev " + withUnit(m.value(), ind.decimals(), ind.unit(), true) + partOf(m, t, true)
                + difference(v, goal, ind, true) + ": " + status.danish() + ".";
        String en = "The target was to return to the " + t.referencePeriod() + " level (" + withUnit(level, ind.decimals(), ind.unit(), false)
                + "); the result was " + withUnit(m.value(), ind.decimals(), ind.unit(), false) + partOf(m, t, false)
                + difference(v, goal, ind, false) + ": " + status.english() + ".";
        return new TargetResult(t, status, m.value(), m.period(), level, null, false, Explanation.of(da, en));
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
        String refDa = t.againstBaseline() ? "udgangspunktet" : t.referencePeriod().label(true);
        String refEn = t.againstBaseline() ? "the baseline" : t.referencePeriod().label(false);
        String da = "Målet var " + changeGoal(t, ind, true) + " i forhold til " + refDa + "; resultatet blev "
                + withUnit(m.value(), ind.decimals(), ind.unit(), true) + partOf(m, t, true) + ", "
                + changeText(change, qualifier, points, ind.decimals(), reported, reference, ind, true) + ": " + status.danish() + ".";
        String en = "The target was " + changeGoal(t, ind, false) + " compared with " + refEn + "; the result was "
                + withUnit(m.value(), ind.decimals(), ind.unit(), false) + partOf(m, t, false) + ", "
                + changeText(change, qualifier, points, ind.decimals(), reported, reference, ind, false) + ": " + status.english() + ".";
        return new TargetResult(t, status, m.value(), m.period(), reference, change, reported, Explanation.of(da, en));
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

    private static String changeGoal(TargetSpec t, IndicatorFacts ind, boolean da) {
        if (t.kind() == TargetKind.NOT_WORSE_THAN_PERIOD) {
            boolean lower = ind.direction() == Direction.LOWER_IS_BETTER;
            return da ? (lower ? "ingen stigning" : "intet fald") : (lower ? "no increase" : "no decrease");
        }
        if (t.value().signum() == 0) {
            boolean lower = ind.direction() == Direction.LOWER_IS_BETTER;
            return da ? (lower ? "ingen stigning" : "intet fald") : (lower ? "no increase" : "no decrease");
        }
        boolean up = t.value().signum() > 0;
        String amount = t.kind() == TargetKind.PP_CHANGE ? points(t.value(), ind.decimals(), da) : percent(t.value(), da);
        return da ? (up ? "en stigning på mindst " : "et fald på mindst ") + amount
                : (up ? "an increase of at least " : "a decrease of at least ") + amount;
    }

    private static String changeText(BigDecimal change, ReportedChange.Qualifier q, boolean points, int decimals,
                                     boolean reported, BigDecimal reference, IndicatorFacts ind, boolean da) {
        String amount = points ? points(change, decimals, da) : percent(change, da);
        String more = q == ReportedChange.Qualifier.MORE_THAN ? (da ? "mere end " : "more than ")
                : q == ReportedChange.Qualifier.LESS_THAN ? (da ? "mindre end " : "less than ") : "";
        String direction = change.signum() > 0 ? (da ? "en stigning på " : "an increase of ")
                : change.signum() < 0 ? (da ? "et fald på " : "a decrease of ") : (da ? "en ændring på " : "a change of ");
        String from = reported ? (da ? " (oplyst af kilden)" : " (as stated by the source)")
                : (da ? " fra " : " from ") + withUnit(reference, ind.decimals(), ind.unit(), da);
        return direction + more + amount + from;
    }

    private static String difference(BigDecimal value, BigDecimal goal, IndicatorFacts ind, boolean da) {
        if (goal == null || value.compareTo(goal) == 0) {
            return "";
        }
        boolean above = value.compareTo(goal) > 0;
        String amount = ind.unit() == Unit.PERCENT
                ? points(value.subtract(goal), ind.decimals(), da)
                : goal.signum() == 0 ? withUnit(value.subtract(goal).abs(), ind.decimals(), ind.unit(), da)
                : percent(relative(value, goal), da);
        return " (" + amount + (da ? (above ? " over" : " under") : (above ? " above" : " below")) + ")";
    }

    private static String partOf(MeasuredValue m, TargetSpec t, boolean da) {
        if (m.period().equals(t.period())) {
            return "";
        }
        return da ? " (seneste måling: " + m.period().label(true) + ")" : " (latest value: " + m.period().label(false) + ")";
    }

    /**
     * The year is measured (its value, or the latest of its quarters or months: the sentence names
     * which) but the value it is to be compared with is missing, so the change cannot be judged. It
     * stays "not measured", and says so, rather than claiming there is no measurement at all.
     */
    private static TargetResult withoutReference(IndicatorFacts ind, TargetSpec t, MeasuredValue m) {
        String refDa = t.againstBaseline() ? "udgangspunktet" : t.referencePeriod().label(true);
        String refEn = t.againstBaseline() ? "the baseline" : t.referencePeriod().label(false);
        String da = "Målet var " + changeGoal(t, ind, true) + " i forhold til " + refDa + "; resultatet blev "
                + withUnit(m.value(), ind.decimals(), ind.unit(), true) + partOf(m, t, true) + ", men der er ingen måling af "
                + refDa + " at sammenligne med: " + Attainment.NOT_MEASURED.danish() + ".";
        String en = "The target was " + changeGoal(t, ind, false) + " compared with " + refEn + "; the result was "
                + withUnit(m.value(), ind.decimals(), ind.unit(), false) + partOf(m, t, false) + ", but there is no value of "
                + refEn + " to compare it with: " + Attainment.NOT_MEASURED.english() + ".";
        return new TargetResult(t, Attainment.NOT_MEASURED, m.value(), m.period(), null, null, false, Explanation.of(da, en));
    }

    private static TargetResult notMeasured(IndicatorFacts ind, TargetSpec t) {
        String da = "Der er ingen måling af " + ind.name() + " for " + t.period().label(true)
                + (t.step() == null ? "" : " efter " + t.step()) + " at vurdere målet ud fra: ikke målt.";
        String en = "There is no value of " + ind.name() + " for " + t.period().label(false)
                + (t.step() == null ? "" : " after " + englishStep(t.step())) + " to judge the target by: not measured.";
        return new TargetResult(t, Attainment.NOT_MEASURED, null, null, null, null, false, Explanation.of(da, en));
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

    /** "1 år" → "1 year", "2 år" → "2 years"; other labels stay as written. */
    static String englishStep(String step) {
        return step.replaceAll("^1 år$", "1 year").replaceAll("^(\\d+) år$", "$1 years");
    }
}
