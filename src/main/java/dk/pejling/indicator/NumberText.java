package dk.pejling.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the reports write them: "1.725" and "5,7" in Danish, "1,725" and "5.7" in English. The words
 * around them (units, "procentpoint") are messages ({@link IndicatorWords}).
 */
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
}
