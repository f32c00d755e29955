package dk.pejling.indicator;

import java.math.BigDecimal;

/** The current value of an indicator for a period (and ladder step), as the calculator needs it. */
public record MeasuredValue(MeasurementPeriod period, String step, BigDecimal value, ReportedChange reportedChange) {
}
