package dk.pejling.indicator;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words an indicator's codes and values are shown with — verdict labels, period names, unit
 * suffixes, ladder steps, the chart's texts — from the message bundles in the reader's language. The
 * calculators return codes and values only; the edges (pages as {@code @indicatorWords}, reports, feeds,
 * API text fields) turn them into words here, so the two languages live in the bundles, not in Java.
 * Numbers are written as the reports write them ({@link NumberText}).
 */
@Component("indicatorWords")
public class IndicatorWords {

    /** A ladder step as the register writes it: "1 år", "3 år" (years after the start). */
    private static final Pattern YEARS_STEP = Pattern.compile("(\\d+) år");

    private final MessageSource messages;

    public IndicatorWords(MessageSource messages) {
        this.messages = messages;
    }

    /** These words in one language, for code that writes many of them (the chart). */
    public Wording in(Locale locale) {
        return new Wording(this, locale);
    }

    /** "nået", "delvist nået" / "reached", "partly reached". */
    public String status(Attainment status, Locale locale) {
        return status == null ? "" : text("verdict.status." + status.name(), locale);
    }

    /** "2018", "1. halvår 2018" / "H1 2018", "2. kvartal 2018" / "Q2 2018", "03/2018". */
    public String period(MeasurementPeriod period, Locale locale) {
        if (period == null) {
            return "";
        }
        if (period.isYear()) {
            return period.value();
        }
        String value = period.value();
        String year = value.substring(0, 4);
        return switch (period.frequency()) {
            case HALF_YEAR -> text("indicator.period.half", locale, value.substring(6), year);
            case QUARTER -> text("indicator.period.quarter", locale, value.substring(6), year);
            default -> text("indicator.period.month", locale, value.substring(5), year);
        };
    }

    /** A ladder step: "1 år" reads "1 year" in English; any other label is data and stays as written. */
    public String step(String step, Locale locale) {
        if (step == null) {
            return "";
        }
        Matcher years = YEARS_STEP.matcher(step.strip());
        if (!years.matches()) {
            return step;
        }
        return text(years.group(1).equals("1") ? "indicator.step.year" : "indicator.step.years", locale, years.group(1));
    }

    /** The period, and the step after a middle dot when there is one: "2018 · 1 år". */
    public String periodAndStep(MeasurementPeriod period, String step, Locale locale) {
        return period(period, locale) + (step == null ? "" : " · " + step(step, locale));
    }

    /** A number with its unit: "5,7 %", "1.725 kr." / "5.7%", "1,725 DKK". */
    public String quantity(BigDecimal value, int decimals, Unit unit, Locale locale) {
        String number = number(value, decimals, locale);
        return unit == null ? number : text("indicator.quantity." + unit.name(), locale, number);
    }

    public String number(BigDecimal value, int decimals, Locale locale) {
        return NumberText.number(value, decimals, danish(locale));
    }

    public String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, locale);
    }

    static boolean danish(Locale locale) {
        return locale == null || !"en".equals(locale.getLanguage());
    }

    /** The words bound to one language. */
    public record Wording(IndicatorWords words, Locale locale) {

        public String status(Attainment status) {
            return words.status(status, locale);
        }

        public String period(MeasurementPeriod period) {
            return words.period(period, locale);
        }

        public String step(String step) {
            return words.step(step, locale);
        }

        public String periodAndStep(MeasurementPeriod period, String step) {
            return words.periodAndStep(period, step, locale);
        }

        public String quantity(BigDecimal value, int decimals, Unit unit) {
            return words.quantity(value, decimals, unit, locale);
        }

        public String number(BigDecimal value, int decimals) {
            return words.number(value, decimals, locale);
        }

        public String text(String key, Object... arguments) {
            return words.text(key, locale, arguments);
        }
    }
}
