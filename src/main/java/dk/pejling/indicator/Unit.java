package dk.pejling.indicator;

import dk.pejling.shared.Coded;

public enum Unit implements Coded {
    COUNT("antal", "", ""),
    PERCENT("procent", " %", "%"),
    PERCENTAGE_POINTS("procentpoint", " procentpoint", " percentage points"),
    DKK("kr", " kr.", " DKK"),
    FULL_YEAR_PERSONS("helaarspersoner", " helårspersoner", " full-year persons"),
    FULL_TIME_PERSONS("fuldtidspersoner", " fuldtidspersoner", " full-time persons"),
    SCORE("score", "", "");

    private final String code;
    private final String suffixDa;
    private final String suffixEn;

    Unit(String code, String suffixDa, String suffixEn) {
        this.code = code;
        this.suffixDa = suffixDa;
        this.suffixEn = suffixEn;
    }

    @Override
    public String code() {
        return code;
    }

    String suffix(boolean danish) {
        return danish ? suffixDa : suffixEn;
    }
}
