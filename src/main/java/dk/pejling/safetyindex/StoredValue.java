package dk.pejling.safetyindex;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A computed index value as stored: the area's index (null when suppressed, with the reason), its
 * interval and rank interval, the cells behind it, and what it was computed from.
 *
 * @param synthetic an input of this area and period was generated (SYNTETISK), which every page says
 */
public record StoredValue(UUID id, String area, Period period, UUID methodId, String methodVersion, boolean publicIndex,
                          Double value, Double low, Double high, Integer rank, Integer rankLow, Integer rankHigh,
                          boolean uncertainRank, long respondents, Double effectiveN, String suppressed,
                          List<SubIndexCell> subIndices, List<IndicatorCell> indicators, String inputsSha256,
                          String methodSha256, boolean synthetic, Instant computedAt) {

    public StoredValue {
        subIndices = List.copyOf(subIndices);
        indicators = List.copyOf(indicators);
    }

    public record SubIndexCell(String key, Double value) {
    }

    /** One indicator as shown: a hidden cell has no value, only its reason ({@code suppressed}). */
    public record IndicatorCell(String key, String kind, Double value, Double low, Double high, long n, Double effectiveN,
                                long residents, String suppressed, boolean countHidden, String source) {
    }

    static Double finite(double x) {
        return Double.isNaN(x) || Double.isInfinite(x) ? null : x;
    }

    /** The stored form of a computed area index. */
    static StoredValue of(UUID id, MethodVersion method, Period period, AreaIndex a, boolean synthetic, Instant at) {
        List<SubIndexCell> subs = a.subIndices().stream().map(s -> new SubIndexCell(s.key(), finite(s.value()))).toList();
        List<IndicatorCell> cells = a.indicators().stream().map(StoredValue::cell).toList();
        boolean ranked = a.suppressed() == null;
        return new StoredValue(id, a.area(), period, method.id(), method.version(), method.publicIndex(), finite(a.value()),
                a.interval() == null ? null : a.interval().low(), a.interval() == null ? null : a.interval().high(),
                ranked ? a.rank() : null, ranked ? a.rankLow() : null, ranked ? a.rankHigh() : null, a.uncertainRank(),
                a.respondents(), finite(a.effectiveN()), a.suppressed() == null ? null : a.suppressed().text(), subs, cells,
                a.inputsSha256(), method.sha256(), synthetic, at);
    }

    private static IndicatorCell cell(IndicatorValue v) {
        boolean countHidden = v.suppressed() != null && v.suppressed().reason() == Suppression.Reason.COUNT_UNDER_MINIMUM;
        return new IndicatorCell(v.key(), v.kind().name(), finite(v.value()),
                v.interval() == null ? null : v.interval().low(), v.interval() == null ? null : v.interval().high(), v.n(),
                finite(v.effectiveN()), v.residents(), v.suppressed() == null ? null : v.suppressed().text(), countHidden,
                v.source());
    }

    /** Whether the recomputation gives the very same published numbers and hashes. */
    public boolean sameAs(StoredValue other) {
        return java.util.Objects.equals(value, other.value) && java.util.Objects.equals(low, other.low)
                && java.util.Objects.equals(high, other.high) && java.util.Objects.equals(rank, other.rank)
                && java.util.Objects.equals(rankLow, other.rankLow) && java.util.Objects.equals(rankHigh, other.rankHigh)
                && respondents == other.respondents && java.util.Objects.equals(effectiveN, other.effectiveN)
                && java.util.Objects.equals(suppressed, other.suppressed) && subIndices.equals(other.subIndices)
                && indicators.equals(other.indicators) && inputsSha256.equals(other.inputsSha256)
                && methodSha256.equals(other.methodSha256);
    }
}
