package dk.pejling.indicator;

import java.math.BigDecimal;

/**
 * The verdict for one target, with the numbers it was computed from.
 *
 * @param measured  the value compared, or null when not measured
 * @param reference the value compared against (a reference period's value), when there is one
 * @param change    the computed or reported change, when the target is a change
 */
public record TargetResult(TargetSpec target, Attainment status, BigDecimal measured, MeasurementPeriod measuredPeriod,
                           BigDecimal reference, BigDecimal change, boolean changeReported, Explanation explanation) {
}
