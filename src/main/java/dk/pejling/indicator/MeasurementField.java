package dk.pejling.indicator;

/**
 * The fields of a {@link MeasurementInput}, named as its field errors name them. The rules of a value
 * ({@link Measurement#changesIn}) speak of these; a measurement file maps them to its own columns, so the
 * rules do not depend on how a file writes them.
 */
public enum MeasurementField {
    PERIOD("period"),
    STEP("step"),
    VALUE("value"),
    SAMPLE_SIZE("sampleSize"),
    CI_LOW("ciLow"),
    CI_HIGH("ciHigh"),
    NOTE("note"),
    SOURCE("source"),
    EVIDENCE_URL("evidenceUrl");

    private final String inputName;

    MeasurementField(String inputName) {
        this.inputName = inputName;
    }

    /** The key of this field in an {@link dk.pejling.shared.InvalidInputException} of a measurement. */
    public String inputName() {
        return inputName;
    }
}
