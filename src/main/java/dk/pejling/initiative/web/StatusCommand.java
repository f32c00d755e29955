package dk.pejling.initiative.web;

import dk.pejling.indicator.IndicatorId;
import dk.pejling.indicator.MeasurementInput;
import dk.pejling.indicator.MeasurementPeriod;
import dk.pejling.initiative.StatusInput;
import dk.pejling.initiative.StatusReportService;
import dk.pejling.shared.InvalidInputException;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The owner's status report as the form sends it, with a new value per indicator of the initiative's goals
 * as one row each: "period[&lt;indicator id&gt;]" and "value[&lt;indicator id&gt;]".
 *
 * @param version the report's version as the owner saw it; empty for a first report
 */
record StatusCommand(Long version, String status, String comment,
                     @Pattern(regexp = "\\s*(?:[-+]?\\d{1,9})?\\s*", message = "must be a whole number") String progress,
                     Map<String, String> period, Map<String, String> value) {

    StatusCommand {
        period = period == null ? Map.of() : period;
        value = value == null ? Map.of() : value;
    }

    StatusInput toInput() {
        return new StatusInput(status, comment, progress == null || progress.isBlank() ? null : Integer.valueOf(progress.strip()));
    }

    /** The rows with a value; an empty value skips its row. */
    List<StatusReportService.NewValue> newValues() {
        List<StatusReportService.NewValue> values = new ArrayList<>();
        value.forEach((id, raw) -> {
            if (raw == null || raw.isBlank()) {
                return;
            }
            IndicatorId indicator;
            try {
                indicator = new IndicatorId(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("value[" + id + "]", "has an invalid value");
            }
            BigDecimal number;
            try {
                number = new BigDecimal(raw.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("value[" + id + "]", "must be a number");
            }
            MeasurementPeriod at;
            try {
                at = MeasurementPeriod.of(period.get(id));
            } catch (InvalidInputException e) {
                throw new InvalidInputException("period[" + id + "]", "is not a period; use e.g. 2018, 2018-H1, 2018-K2 or 2018-03");
            }
            values.add(new StatusReportService.NewValue(indicator,
                    new MeasurementInput(at, null, number, null, null, null, null, null, null, null)));
        });
        return values;
    }
}
