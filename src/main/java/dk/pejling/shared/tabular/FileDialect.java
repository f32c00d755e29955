package dk.pejling.shared.tabular;

import java.util.Locale;

/**
 * How a table file is written: Danish files separate columns with {@code ;} and write
 * decimals with a comma (what Danish Excel opens and saves), English files use {@code ,} and a
 * decimal point. The header names follow the language.
 */
public enum FileDialect {
    DANISH(';', DecimalStyle.COMMA, Locale.forLanguageTag("da")),
    ENGLISH(',', DecimalStyle.POINT, Locale.ENGLISH);

    private final char separator;
    private final DecimalStyle decimals;
    private final Locale locale;

    FileDialect(char separator, DecimalStyle decimals, Locale locale) {
        this.separator = separator;
        this.decimals = decimals;
        this.locale = locale;
    }

    /** English for an English locale or "en", Danish for everything else. */
    public static FileDialect of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : DANISH;
    }

    public static FileDialect of(String language) {
        return "en".equalsIgnoreCase(language) ? ENGLISH : DANISH;
    }

    public char separator() {
        return separator;
    }

    public DecimalStyle decimals() {
        return decimals;
    }

    public Locale locale() {
        return locale;
    }
}
