package dk.pejling.indicator;

import dk.pejling.shared.Coded;

/**
 * An indicator's unit. The code is the value in files and the API; how a number is written with it
 * ("5,7 %", "1.725 kr.") is the message {@code indicator.quantity.<NAME>} ({@link IndicatorWords#quantity}).
 */
public enum Unit implements Coded {
    COUNT("antal"),
    PERCENT("procent"),
    PERCENTAGE_POINTS("procentpoint"),
    DKK("kr"),
    FULL_YEAR_PERSONS("helaarspersoner"),
    FULL_TIME_PERSONS("fuldtidspersoner"),
    SCORE("score");

    private final String code;

    Unit(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
