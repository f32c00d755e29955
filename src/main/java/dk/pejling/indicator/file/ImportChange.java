package dk.pejling.indicator.file;

import dk.pejling.indicator.MeasurementPeriod;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What importing one row does.
 *
 * @param indicator      the indicator's key as the file names it
 * @param oldValue       the current value, null for a new one
 * @param changedColumns for a correction, the columns whose content differs (as the file names them)
 */
public record ImportChange(int row, String indicator, UUID indicatorId, String indicatorName, MeasurementPeriod period,
                           String step, Action action, BigDecimal oldValue, BigDecimal newValue,
                           List<String> changedColumns) {

    public enum Action { NEW, CORRECTION, UNCHANGED }

    public ImportChange {
        changedColumns = List.copyOf(changedColumns);
    }
}
