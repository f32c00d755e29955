package dk.pejling.indicator;

import dk.pejling.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One target of an indicator for one period, as a value: what must be reached and against what.
 *
 * @param step            the rung of a ladder over time ("1 år"); null for a plain target
 * @param value           the level, the change (percent or percentage points) or, for WITHIN_RANGE, the lower bound
 * @param upper           the upper bound of WITHIN_RANGE
 * @param referencePeriod the period a change or level is measured against
 * @param againstBaseline a relative change against the indicator's first baseline instead of a period
 * @param strict          "under 90" rather than "højst 90"
 * @param text            the goal's own words
 */
public record TargetSpec(MeasurementPeriod period, String step, TargetKind kind, BigDecimal value, BigDecimal upper,
                         MeasurementPeriod referencePeriod, boolean againstBaseline, boolean strict, String text) {

    public TargetSpec {
        Map<String, String> errors = new LinkedHashMap<>();
        if (period == null) {
            errors.put("period", "must be given");
        }
        if (kind == null) {
            errors.put("kind", "must be given");
        } else {
            boolean needsValue = kind != TargetKind.NOT_WORSE_THAN_PERIOD && kind != TargetKind.RETURN_TO_LEVEL;
            if (needsValue && value == null) {
                errors.put("value", "must be given for a " + kind.code() + " target");
            }
            boolean needsReference = kind == TargetKind.PP_CHANGE || kind == TargetKind.NOT_WORSE_THAN_PERIOD
                    || kind == TargetKind.RETURN_TO_LEVEL
                    || (kind == TargetKind.RELATIVE_CHANGE && !againstBaseline);
            if (needsReference && referencePeriod == null) {
                errors.put("referencePeriod", "must be given for a " + kind.code() + " target");
            }
            if (kind == TargetKind.RETURN_TO_LEVEL && value == null && referencePeriod == null) {
                errors.put("value", "give the level or the period whose level must be reached");
            }
            if (kind == TargetKind.WITHIN_RANGE && (upper == null || (value != null && upper.compareTo(value) < 0))) {
                errors.put("upper", "must be given and not below the lower bound");
            }
        }
        step = step == null || step.isBlank() ? null : step.strip();
        text = text == null || text.isBlank() ? null : text.strip();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
