package dk.pejling.indicator;

import dk.pejling.shared.Coded;

/** Which way is better for an indicator. */
public enum Direction implements Coded {
    HIGHER_IS_BETTER("hoejere-er-bedre"),
    LOWER_IS_BETTER("lavere-er-bedre"),
    WITHIN_RANGE("inden-for-interval");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
