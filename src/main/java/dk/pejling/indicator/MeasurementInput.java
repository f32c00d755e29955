package dk.pejling.indicator;

import dk.pejling.shared.InvalidInputException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A value as a user or an import enters it. Numbers are stored with at most 14 digits before and
 * 6 after the decimal mark, and the texts fit their columns, so a valid input always saves.
 */
public record MeasurementInput(MeasurementPeriod period, String step, BigDecimal value, Integer sampleSize,
                               BigDecimal ciLow, BigDecimal ciHigh, String note, String source, String evidenceUrl,
                               ReportedChange reportedChange) {

    public MeasurementInput {
        Map<String, String> errors = new LinkedHashMap<>();
        if (period == null) {
            errors.put("period", "must be given");
        }
        if (value == null) {
            errors.put("value", "must be given");
        } else if (tooLarge(value)) {
            errors.put("value", TOO_LARGE);
        }
        if (tooLarge(ciLow)) {
            errors.put("ciLow", TOO_LARGE);
        }
        if (tooLarge(ciHigh)) {
            errors.put("ciHigh", TOO_LARGE);
        }
        if (sampleSize != null && sampleSize < 1) {
            errors.put("sampleSize", "must be 1 or more");
        }
        if ((ciLow == null) != (ciHigh == null)) {
            errors.put("ciHigh", "give both ends of the confidence interval, or neither");
        } else if (ciLow != null && ciLow.compareTo(ciHigh) > 0) {
            errors.put("ciHigh", "must not be below the lower end");
        } else if (ciLow != null && value != null && (value.compareTo(ciLow) < 0 || value.compareTo(ciHigh) > 0)) {
            errors.put("value", "must lie inside its confidence interval");
        }
        step = blankToNull(step);
        note = blankToNull(note);
        source = blankToNull(source);
        evidenceUrl = blankToNull(evidenceUrl);
        if (evidenceUrl != null && !isHttp(evidenceUrl)) {
            errors.put("evidenceUrl", "must be an http or https address");
        }
        if (note != null && note.length() > 2000) {
            errors.put("note", "must be at most 2000 characters");
        }
        if (step != null && step.length() > 60) {
            errors.put("step", "must be at most 60 characters");
        }
        if (source != null && source.length() > 300) {
            errors.put("source", "must be at most 300 characters");
        }
        if (evidenceUrl != null && evidenceUrl.length() > 2000) {
            errors.put("evidenceUrl", "must be at most 2000 characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static final String TOO_LARGE = "is too large (at most 14 digits before the decimal mark)";
    private static final BigDecimal LIMIT = new BigDecimal("1E14");

    private static boolean tooLarge(BigDecimal number) {
        return number != null && number.abs().compareTo(LIMIT) >= 0;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static boolean isHttp(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
