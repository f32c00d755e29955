package dk.pejling.safetyindex;

import dk.pejling.safetyindex.MethodDocument.Source;

/**
 * One indicator in one area and period before normalisation: a share in percent with its Wilson
 * interval, or reports per 1,000 residents with the Poisson interval.
 *
 * @param value       percent (survey) or per 1,000 (crime); NaN without data
 * @param n           unweighted answers (survey) or reports (crime)
 * @param effectiveN  Kish effective n (survey); NaN for crime
 * @param residents   the population the rate divides by (crime); 0 for survey
 * @param suppressed  why the cell is not shown, or null
 * @param source      where a published share comes from; null when computed from answers or counts
 */
public record IndicatorValue(String key, Source kind, double value, Interval interval, long n, double effectiveN,
                             long residents, Suppression suppressed, String source) {

    /** Whether the value enters the index (it may still be hidden for discretion). */
    public boolean usable() {
        return !Double.isNaN(value) && (suppressed == null || !suppressed.reason().excludesFromIndex());
    }

    static IndicatorValue missing(String key, Source kind, Suppression.Reason reason, String detail) {
        return new IndicatorValue(key, kind, Double.NaN, null, 0, Double.NaN, 0, new Suppression(reason, detail), null);
    }
}
