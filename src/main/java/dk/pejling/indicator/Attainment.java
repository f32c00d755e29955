package dk.pejling.indicator;

/** The verdict. Ordered from best to worst for the property "a better result never worsens it". */
public enum Attainment {
    REACHED("nået", "reached"),
    PARTLY_REACHED("delvist nået", "partly reached"),
    NOT_REACHED("ikke nået", "not reached"),
    NOT_MEASURED("ikke målt", "not measured");

    private final String danish;
    private final String english;

    Attainment(String danish, String english) {
        this.danish = danish;
        this.english = english;
    }

    public String danish() {
        return danish;
    }

    public String english() {
        return english;
    }

    public static Attainment fromDanish(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        for (Attainment a : values()) {
            if (a.danish.equals(t)) {
                return a;
            }
        }
        if (t.startsWith("ikke målbar")) {
            return NOT_MEASURED;
        }
        return valueOf(t.toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
    }
}
