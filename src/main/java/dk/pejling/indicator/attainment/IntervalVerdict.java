package dk.pejling.indicator.attainment;

import dk.pejling.indicator.Attainment;
import dk.pejling.indicator.Explanation;
import dk.pejling.indicator.TargetKind;
import dk.pejling.indicator.TargetSpec;
import java.math.BigDecimal;

/**
 * The verdict of an "at least" or "at most" target when the value has a 95 % interval (a survey share,
 * the safety index): reached only when the whole interval clears the target, not reached when the
 * whole interval misses it, and partly reached when the interval straddles it — the point estimate
 * alone cannot tell. The explanation says which.
 */
final class IntervalVerdict {

    private IntervalVerdict() {
    }

    static Attainment of(TargetSpec t, BigDecimal low, BigDecimal high, BigDecimal goal) {
        boolean atLeast = t.kind() == TargetKind.AT_LEAST;
        BigDecimal near = atLeast ? low : high;
        BigDecimal far = atLeast ? high : low;
        if (clears(near, goal, atLeast, t.strict())) {
            return Attainment.REACHED;
        }
        if (!clears(far, goal, atLeast, t.strict())) {
            return Attainment.NOT_REACHED;
        }
        return Attainment.PARTLY_REACHED;
    }

    private static boolean clears(BigDecimal x, BigDecimal goal, boolean atLeast, boolean strict) {
        int c = x.compareTo(goal);
        return atLeast ? (strict ? c > 0 : c >= 0) : (strict ? c < 0 : c <= 0);
    }

    /** ", og hele 95 %-intervallet (…) når målet" and its kin: the interval and what it says. */
    static Explanation.Phrase phrase(MeasuredValue m, IndicatorFacts ind, Attainment status) {
        Explanation.Quantity low = new Explanation.Quantity(m.ciLow(), ind.decimals(), ind.unit());
        Explanation.Quantity high = new Explanation.Quantity(m.ciHigh(), ind.decimals(), ind.unit());
        return switch (status) {
            case REACHED -> Explanation.Phrase.of("interval.meets", low, high);
            case NOT_REACHED -> Explanation.Phrase.of("interval.misses", low, high);
            default -> Explanation.Phrase.of("interval.contains", low, high);
        };
    }
}
