package dk.pejling.indicator;

/**
 * The verdict. Ordered from best to worst for the property "a better result never worsens it". Its
 * words are the messages {@code verdict.status.<NAME>} ({@link IndicatorWords#status}).
 */
public enum Attainment {
    REACHED,
    PARTLY_REACHED,
    NOT_REACHED,
    NOT_MEASURED;

    /** The register's Danish verdict words ("nået", "delvist nået", "ikke målbar …"), read from imported files. */
    public static Attainment fromDanish(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "nået" -> REACHED;
            case "delvist nået" -> PARTLY_REACHED;
            case "ikke nået" -> NOT_REACHED;
            case "ikke målt" -> NOT_MEASURED;
            default -> t.startsWith("ikke målbar") ? NOT_MEASURED : valueOf(t.toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
        };
    }
}
