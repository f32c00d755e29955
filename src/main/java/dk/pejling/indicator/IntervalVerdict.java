package dk.pejling.indicator;

import java.math.BigDecimal;

/**
 * The verdict of an "at least" or "at most" target when the value has a 95 % interval (a survey share,
 * the safety index): reached only when the whole interval clears the target, not reached when the
 * whole interval misses it, and partly reached when the interval straddles it — the point estimate
 * alone cannot tell. The sentence says which.
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

    static String sentence(MeasuredValue m, IndicatorFacts ind, Attainment status, boolean danish) {
        String interval = NumberText.withUnit(m.ciLow(), ind.decimals(), ind.unit(), danish) + "–"
                + NumberText.withUnit(m.ciHigh(), ind.decimals(), ind.unit(), danish);
        return switch (status) {
            case REACHED -> danish ? ", og hele 95 %-intervallet (" + interval + ") når målet"
                    : ", and the whole 95 % interval (" + interval + ") meets the target";
            case NOT_REACHED -> danish ? ", og hele 95 %-intervallet (" + interval + ") ligger uden for målet"
                    : ", and the whole 95 % interval (" + interval + ") misses the target";
            default -> danish ? ", men 95 %-intervallet (" + interval + ") rummer målet, så det er usikkert"
                    : ", but the 95 % interval (" + interval + ") contains the target, so it is uncertain";
        };
    }
}
