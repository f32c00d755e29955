package dk.pejling.indicator.file;

import dk.pejling.indicator.Measurement;
import dk.pejling.indicator.MeasurementInput;
import dk.pejling.indicator.MeasurementPeriod;
import java.math.BigDecimal;
import java.util.Set;

/**
 * One row of a measurement file with its cells read, before it is compared with the stored values.
 *
 * @param columns the columns the file has; a column the file lacks keeps the stored value on a correction
 */
record ImportRow(int row, String indicator, MeasurementPeriod period, String step, BigDecimal value, Integer sampleSize,
                 BigDecimal ciLow, BigDecimal ciHigh, String note, String source, String evidenceUrl,
                 Set<MeasurementColumn> columns) {

    /** The value to save: this row's cells, and the stored value's where the file has no such column. */
    MeasurementInput input(Measurement current) {
        boolean keep = current != null;
        return new MeasurementInput(period, step, value,
                pick(MeasurementColumn.SAMPLE_SIZE, sampleSize, keep ? current.sampleSize() : null),
                pick(MeasurementColumn.CI_LOW, ciLow, keep ? current.ciLow() : null),
                pick(MeasurementColumn.CI_HIGH, ciHigh, keep ? current.ciHigh() : null),
                pick(MeasurementColumn.NOTE, note, keep ? current.note() : null),
                pick(MeasurementColumn.SOURCE, source, keep ? current.source() : null),
                pick(MeasurementColumn.EVIDENCE_URL, evidenceUrl, keep ? current.evidenceUrl() : null),
                keep ? current.reportedChange() : null);
    }

    private <T> T pick(MeasurementColumn column, T fromFile, T stored) {
        return columns.contains(column) ? fromFile : stored;
    }
}
