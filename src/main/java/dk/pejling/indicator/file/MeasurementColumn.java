package dk.pejling.indicator.file;

import dk.pejling.indicator.MeasurementField;
import dk.pejling.indicator.MeasurementInput;
import dk.pejling.shared.tabular.ColumnHeading;
import dk.pejling.shared.tabular.TableColumn;
import java.util.Optional;

/**
 * The columns of a measurement file. The header row names them in Danish or English, in any case,
 * with spaces, hyphens or underscores, and with æ, ø, å written as ae, oe, aa if need be.
 * {@link #INDICATOR_NAME} is written by the export for people to read and ignored on import.
 */
public enum MeasurementColumn implements TableColumn {
    INDICATOR("indikator", "indicator", true, null),
    INDICATOR_NAME("indikatornavn", "indicator_name", false, null),
    PERIOD("periode", "period", true, MeasurementField.PERIOD),
    STEP("trin", "step", false, MeasurementField.STEP),
    VALUE("værdi", "value", true, MeasurementField.VALUE),
    SAMPLE_SIZE("stikprøve", "sample_size", false, MeasurementField.SAMPLE_SIZE),
    CI_LOW("ki_nedre", "ci_low", false, MeasurementField.CI_LOW),
    CI_HIGH("ki_øvre", "ci_high", false, MeasurementField.CI_HIGH),
    NOTE("note", "note", false, MeasurementField.NOTE),
    SOURCE("kilde", "source", false, MeasurementField.SOURCE),
    EVIDENCE_URL("dokumentation", "evidence_url", false, MeasurementField.EVIDENCE_URL);

    private final ColumnHeading heading;
    private final MeasurementField field;

    MeasurementColumn(String danish, String english, boolean required, MeasurementField field) {
        this.heading = new ColumnHeading(danish, english, required);
        this.field = field;
    }

    @Override
    public ColumnHeading heading() {
        return heading;
    }

    /** The column a field error of {@link MeasurementInput} belongs to. */
    static Optional<MeasurementColumn> ofInputField(String field) {
        for (MeasurementColumn column : values()) {
            if (column.field != null && field.equals(column.field.inputName())) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** The column that holds a field of the value; every field has one. */
    static MeasurementColumn of(MeasurementField field) {
        for (MeasurementColumn column : values()) {
            if (field != null && column.field == field) {
                return column;
            }
        }
        throw new IllegalArgumentException("no column for " + field);
    }
}
