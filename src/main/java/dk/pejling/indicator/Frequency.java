package dk.pejling.indicator;

import dk.pejling.shared.Coded;

public enum Frequency implements Coded {
    YEAR("aar"),
    HALF_YEAR("halvaar"),
    QUARTER("kvartal"),
    MONTH("maaned");

    private final String code;

    Frequency(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
