package dk.pejling.report.job;

import dk.pejling.report.AsOf;
import dk.pejling.report.ReportFormat;
import dk.pejling.shared.InvalidInputException;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * What a report job generates: the same parameters as the synchronous GET endpoints.
 *
 * @param round the reporting round, for a status report
 * @param year  the year, for an annual report
 * @param asOf  the moment the report shows the data of; null means when the job starts
 */
public record ReportJobRequest(Kind kind, UUID strategy, UUID round, Integer year, ReportFormat format, Instant asOf,
                               String asOfText, Locale locale) {

    public enum Kind { STATUS, ANNUAL }

    public ReportJobRequest {
        if (kind == Kind.STATUS && round == null) {
            throw new InvalidInputException("round", "a status report needs its reporting round");
        }
        if (kind == Kind.ANNUAL && year == null) {
            throw new InvalidInputException("year", "an annual report needs its year");
        }
    }

    /** Reads the request parameters as the GET endpoints take them. */
    public static ReportJobRequest of(String kind, UUID strategy, UUID round, Integer year, String format, String asOf,
                                      Locale locale) {
        if (strategy == null) {
            throw new InvalidInputException("strategy", "name the strategy");
        }
        Kind k;
        try {
            k = Kind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "use status or annual");
        }
        return new ReportJobRequest(k, strategy, k == Kind.STATUS ? round : null, k == Kind.ANNUAL ? year : null,
                ReportFormat.parse(format), AsOf.parse(asOf), asOf == null || asOf.isBlank() ? null : asOf.strip(),
                locale);
    }

    public String kindName() {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
