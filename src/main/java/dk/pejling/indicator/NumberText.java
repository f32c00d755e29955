package dk.pejling.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as the reports write them: "1.725" and "5,7 %" in Danish, "1,725" and "5.7%" in English. */
final class NumberText {

    private static final Locale DA = Locale.forLanguageTag("da-DK");

    private NumberText() {
    }

    static String number(BigDecimal value, int decimals, boolean danish) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(danish ? DA : Locale.UK));
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(Math.max(decimals, 0));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    static String withUnit(BigDecimal value, int decimals, Unit unit, boolean danish) {
        return number(value, decimals, danish) + unit.suffix(danish);
    }

    /** A percentage with one decimal, without sign: "2,8 %" / "2.8%". */
    static String percent(BigDecimal value, boolean danish) {
        return number(value.abs(), 1, danish) + (danish ? " %" : "%");
    }

    static String points(BigDecimal value, int decimals, boolean danish) {
        return number(value.abs(), Math.max(decimals, 1), danish) + (danish ? " procentpoint" : " percentage points");
    }
}
