package dk.pejling.report;

import dk.pejling.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads "as of" from a request: an instant ({@code 2019-01-31T12:00:00Z}) or a date, meaning the end of that day in Denmark. */
public final class AsOf {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private AsOf() {
    }

    /** The moment a report shows its data as of, as its pages and files write it ("3. december 2026 kl. 07.15"). */
    public static String text(Instant asOf, Locale locale) {
        String pattern = "en".equals(locale.getLanguage()) ? "d MMMM yyyy, HH:mm" : "d. MMMM yyyy 'kl.' HH.mm";
        return DateTimeFormatter.ofPattern(pattern, locale).withZone(DENMARK).format(asOf);
    }

    /** Null or blank means now (null). */
    public static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).plusDays(1).atStartOfDay(DENMARK).toInstant().minusNanos(1);
            }
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("asOf", "use a date like 2019-01-31");
        }
    }
}
