package dk.pejling.safetyindex;

import java.util.List;
import java.util.function.Function;

/**
 * A stored value as the pages show it: numbers rounded for reading, a hidden cell with its reason in
 * words (and the numbers behind the reason), a small count as "&lt;5". The pages' read models
 * ({@link SafetyIndexReadModels}) make them.
 */
public record ValueView(String area, String areaName, String period, String method, Double value, Double low, Double high,
                        Integer rank, Integer rankLow, Integer rankHigh, boolean uncertainRank, long n, Long nEffective,
                        String hiddenBecause, List<Cell> subIndices, List<Cell> indicators, boolean synthetic,
                        String inputsSha256, String methodSha256) {

    public record Cell(String key, String label, Double value, Double low, Double high, String n, Long nEffective,
                       String hiddenBecause, String source) {
    }

    static ValueView of(StoredValue v, AreaTree areas, Function<String, String> text, Function<String, String> label) {
        List<Cell> subs = v.subIndices().stream().map(s -> new Cell(s.key(), label.apply(s.key()),
                round(s.value()), null, null, null, null, null, null)).toList();
        List<Cell> cells = v.indicators().stream().map(c -> {
            boolean hidden = c.suppressed() != null;
            return new Cell(c.key(), label.apply(c.key()), hidden ? null : round(c.value()),
                    hidden ? null : round(c.low()), hidden ? null : round(c.high()),
                    c.countHidden() ? "<5" : String.valueOf(c.n()),
                    c.effectiveN() == null ? null : Math.round(c.effectiveN()), hidden ? reason(c.suppressed(), text) : null,
                    c.source());
        }).toList();
        return new ValueView(v.area(), areas.find(v.area()).map(a -> a.name()).orElse(v.area()), v.period().toString(),
                v.methodVersion(), round(v.value()), round(v.low()), round(v.high()), v.rank(), v.rankLow(), v.rankHigh(),
                v.uncertainRank(), v.respondents(), v.effectiveN() == null ? null : Math.round(v.effectiveN()),
                v.suppressed() == null ? null : reason(v.suppressed(), text), subs, cells, v.synthetic(), v.inputsSha256(),
                v.methodSha256());
    }

    /** "N_TOO_SMALL: n = 32 < 50" → "For få svar (n = 32 < 50)". */
    private static String reason(String stored, Function<String, String> text) {
        int colon = stored.indexOf(':');
        String code = colon < 0 ? stored : stored.substring(0, colon);
        String detail = colon < 0 ? "" : stored.substring(colon + 1).strip();
        String words;
        try {
            words = text.apply(Suppression.Reason.valueOf(code).messageKey());
        } catch (IllegalArgumentException e) {
            words = code;
        }
        return detail.isEmpty() ? words : words + " (" + detail + ")";
    }

    static Double round(Double x) {
        return x == null ? null : Math.round(x * 10) / 10.0;
    }
}
