package dk.pejling.indicator.file;

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
    PERIOD("periode", "period", true, "period"),
    STEP("trin", "step", false, "step"),
    VALUE("værdi", "value", true, "value"),
    SAMPLE_SIZE("stikprøve", "sample_size", false, "sampleSize"),
    CI_LOW("ki_nedre", "ci_low", false, "ciLow"),
    CI_HIGH("ki_øvre", "ci_high", false, "ciHigh"),
    NOTE("note", "note", false, "note"),
    SOURCE("kilde", "source", false, "source"),
    EVIDENCE_URL("dokumentation", "evidence_url", false, "evidenceUrl");

    private final ColumnHeading heading;
    private final String inputField;

    MeasurementColumn(String danish, String english, boolean required, String inputField) {
        this.heading = new ColumnHeading(danish, english, required);
        this.inputField = inputField;
    }

    @Override
    public ColumnHeading heading() {
        return heading;
    }

    /** The column a field error of {@link MeasurementInput} belongs to. */
    static Optional<MeasurementColumn> ofInputField(String field) {
        for (MeasurementColumn column : values()) {
            if (field.equals(column.inputField)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
