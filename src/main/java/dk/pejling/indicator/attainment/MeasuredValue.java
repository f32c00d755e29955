package dk.pejling.indicator.attainment;

import dk.pejling.indicator.MeasurementPeriod;
import dk.pejling.indicator.ReportedChange;
import java.math.BigDecimal;

/**
 * The current value of an indicator for a period (and ladder step), as the calculator needs it.
 *
 * @param ciLow  the lower bound of the value's 95 % interval, when the source gives one (a survey share, the safety index)
 * @param ciHigh the upper bound; with both, a level target is judged by the whole interval
 */
public record MeasuredValue(MeasurementPeriod period, String step, BigDecimal value, ReportedChange reportedChange,
                            BigDecimal ciLow, BigDecimal ciHigh) {

    public MeasuredValue(MeasurementPeriod period, String step, BigDecimal value, ReportedChange reportedChange) {
        this(period, step, value, reportedChange, null, null);
    }

    public boolean hasInterval() {
        return ciLow != null && ciHigh != null;
    }
}
