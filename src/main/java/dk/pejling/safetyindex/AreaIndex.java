package dk.pejling.safetyindex;

import java.util.List;

/**
 * The index of one area in one period: the value on 0–100 (higher is safer) from the point
 * estimates, its 2.5–97.5 % Monte Carlo interval, the rank (1 = safest) with its 5–95 % interval,
 * the sub-indices and indicator values behind it, and why it is suppressed when it is.
 *
 * @param value         NaN when suppressed
 * @param rank          0 when the area has no index
 * @param uncertainRank the rank interval spans more than a third of the ranked areas
 */
public record AreaIndex(String area, double value, Interval interval, int rank, int rankLow, int rankHigh,
                        boolean uncertainRank, List<SubIndexValue> subIndices, List<IndicatorValue> indicators,
                        long respondents, double effectiveN, Suppression suppressed, String inputsSha256) {

    public AreaIndex {
        subIndices = List.copyOf(subIndices);
        indicators = List.copyOf(indicators);
    }

    public record SubIndexValue(String key, double value) {
    }

    public boolean shown() {
        return suppressed == null;
    }
}
