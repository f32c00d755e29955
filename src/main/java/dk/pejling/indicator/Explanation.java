package dk.pejling.indicator;

/** One sentence in Danish and in English, built from the numbers. */
public record Explanation(String da, String en) {

    public static Explanation of(String da, String en) {
        return new Explanation(da, en);
    }
}
