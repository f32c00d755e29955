package dk.pejling.safetyindex.api;

import dk.pejling.safetyindex.Area;
import dk.pejling.safetyindex.MethodVersion;
import dk.pejling.safetyindex.StoredValue;
import dk.pejling.safetyindex.StoredValue.IndicatorCell;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the safety index API answers. A hidden cell has no value, only the reason it is hidden. */
final class SafetyIndexDtos {

    private SafetyIndexDtos() {
    }

    record AreaDto(String code, String name, String kind, String parent) {
        static AreaDto of(Area a) {
            return new AreaDto(a.code(), a.name(), a.kind().name(), a.parent());
        }
    }

    record AreasRequest(List<AreaDto> areas) {
    }

    record MethodDto(UUID id, String version, String title, boolean publicIndex, String sha256, String document,
                     String canonical) {
        static MethodDto of(MethodVersion m) {
            return new MethodDto(m.id(), m.version(), m.title(), m.publicIndex(), m.sha256(), m.document(),
                    dk.pejling.safetyindex.MethodCodec.canonical(m.method()));
        }
    }

    record MethodRequest(String document, Boolean publicIndex) {
    }

    record ComputeRequest(String method, String period) {
    }

    record Suppressed(String reason) {
    }

    record SubIndexDto(String key, Double value) {
    }

    /**
     * @param n     unweighted answers or reports; null when fewer reports than the minimum ({@code nText} "<5")
     */
    record IndicatorDto(String key, String kind, Double value, Double low, Double high, Long n, String nText,
                        Double nEffective, Long residents, Suppressed suppressed, String source) {
        static IndicatorDto of(IndicatorCell c) {
            boolean hidden = c.suppressed() != null;
            return new IndicatorDto(c.key(), c.kind(), hidden ? null : c.value(), hidden ? null : c.low(),
                    hidden ? null : c.high(), c.countHidden() ? null : c.n(), c.countHidden() ? c.suppressed()
                    .substring(c.suppressed().indexOf(':') + 1).strip() : String.valueOf(c.n()), c.effectiveN(),
                    c.residents() == 0 ? null : c.residents(), hidden ? new Suppressed(c.suppressed()) : null, c.source());
        }
    }

    record ValueDto(UUID id, String area, String period, String method, Double value, Double low, Double high, long n,
                    Double nEffective, Suppressed suppressed, List<SubIndexDto> subIndices, List<IndicatorDto> indicators,
                    Integer rank, Integer rankLow, Integer rankHigh, boolean uncertainRank, boolean synthetic,
                    String inputsSha256, String methodSha256) {
        static ValueDto of(StoredValue v) {
            return new ValueDto(v.id(), v.area(), v.period().toString(), v.methodVersion(), v.value(), v.low(), v.high(),
                    v.respondents(), v.effectiveN(), v.suppressed() == null ? null : new Suppressed(v.suppressed()),
                    v.subIndices().stream().map(s -> new SubIndexDto(s.key(), s.value())).toList(),
                    v.indicators().stream().map(IndicatorDto::of).toList(), v.rank(), v.rankLow(), v.rankHigh(),
                    v.uncertainRank(), v.synthetic(), v.inputsSha256(), v.methodSha256());
        }
    }

    record ReplayDto(boolean identical, UUID id, ValueDto stored, ValueDto recomputed) {
    }

    record ListDto<T>(List<T> items, int total) {
        static <T> ListDto<T> of(List<T> items) {
            return new ListDto<>(items, items.size());
        }
    }

    record ChangeDto(String area, String from, String to, double difference, double low, double high, boolean significant,
                     String verdict) {
    }

    static Map<String, Object> problem(int status, String title, String detail, Map<String, String> fieldErrors) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("fieldErrors", fieldErrors);
        return body;
    }
}
