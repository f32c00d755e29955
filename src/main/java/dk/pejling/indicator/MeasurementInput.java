package dk.pejling.indicator;

import dk.pejling.shared.InvalidInputException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** A value as a user or an import enters it. */
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
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
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
