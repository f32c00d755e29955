package dk.pejling.portal;

import dk.pejling.safetyindex.Area;
import dk.pejling.safetyindex.AreaTree;
import dk.pejling.safetyindex.MethodVersion;
import dk.pejling.safetyindex.Period;
import dk.pejling.safetyindex.SafetyIndexService;
import dk.pejling.safetyindex.StoredValue;
import dk.pejling.shared.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * What the portal publishes of the safety index, decided here as {@link PublicData} decides it for
 * strategies: read as the anonymous public, so only values of a public method version are loaded at all;
 * of those, a hidden value shows no number — neither the index nor its interval, rank or sub-indices —
 * only its reason; a hidden cell shows only its reason (and "&lt;5" for a small count). Respondent
 * answers never leave the safety index module; this class sees only computed aggregates.
 */
@Service
public class PublicSafetyIndex {

    private final SafetyIndexService service;

    PublicSafetyIndex(SafetyIndexService service) {
        this.service = service;
    }

    /** One area's index in one period as published; every number null when it is hidden. */
    public record AreaValue(String area, String areaName, String period, Double value, Double low, Double high,
                            Integer rank, Integer rankLow, Integer rankHigh, boolean uncertainRank, long n,
                            String hiddenReason, List<Cell> subIndices, List<Cell> indicators, boolean synthetic) {
    }

    /**
     * A sub-index or an indicator: {@code hiddenReason} is the suppression code and its detail as stored
     * ("N_TOO_SMALL: n = 32 &lt; 50"), which the page turns into words; {@code n} is "&lt;5" for a small count.
     */
    public record Cell(String key, String label, Double value, Double low, Double high, String n, String hiddenReason,
                       String source) {
    }

    /** The comparison of the areas of one kind in one period, ordered by rank (hidden values last). */
    public record Comparison(String method, String methodTitle, String period, List<String> periods, Area.Kind kind,
                             List<Area.Kind> kinds, List<AreaValue> rows, boolean synthetic, List<String> sources) {
    }

    /** An area's values over the periods, newest first, by the newest public method version that has any. */
    public record AreaPage(Area area, List<Area> path, List<Area> children, String method, String methodTitle,
                           List<AreaValue> values, boolean synthetic, List<String> sources) {
    }

    /** The comparison by the public method version asked for (or the newest with values), in a period and of a kind. */
    public Optional<Comparison> comparison(String version, String period, Area.Kind kind) {
        Optional<MethodVersion> method = publicMethods().filter(m -> m.version().equals(version)).findFirst()
                .or(() -> newestWithValues(null));
        if (method.isEmpty()) {
            return Optional.empty();
        }
        AreaTree areas = service.areas();
        List<StoredValue> all = service.values(null, null, method.get().version(), PublicData.PUBLIC);
        List<String> periods = all.stream().map(StoredValue::period).distinct().sorted(Comparator.reverseOrder())
                .map(Period::toString).toList();
        if (periods.isEmpty()) {
            return Optional.empty();
        }
        String chosen = period != null && periods.contains(period) ? period : periods.get(0);
        List<StoredValue> inPeriod = all.stream().filter(v -> v.period().toString().equals(chosen)).toList();
        Map<Area.Kind, Long> shown = new LinkedHashMap<>();
        inPeriod.forEach(v -> areas.find(v.area()).ifPresent(a -> shown.merge(a.kind(), v.value() == null ? 0L : 1L, Long::sum)));
        Area.Kind k = kind != null && shown.containsKey(kind) ? kind
                : shown.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Area.Kind.BOLIGOMRAADE);
        Function<String, String> labels = labels(method.get());
        List<AreaValue> rows = inPeriod.stream().filter(v -> areas.find(v.area()).map(a -> a.kind() == k).orElse(false))
                .sorted(Comparator.comparing((StoredValue v) -> v.value() == null || v.rank() == null ? Integer.MAX_VALUE : v.rank())
                        .thenComparing(StoredValue::area))
                .map(v -> published(v, areas, labels)).toList();
        return Optional.of(new Comparison(method.get().version(), method.get().title(), chosen, periods, k,
                List.copyOf(shown.keySet()), rows, rows.stream().anyMatch(AreaValue::synthetic), sources(rows)));
    }

    public AreaPage area(String code) {
        return area(code, null);
    }

    /** The area by the public method version asked for when it has values for it, else by the newest that has. */
    public AreaPage area(String code, String version) {
        AreaTree areas = service.areas();
        Area area = areas.find(code).orElseThrow(() -> new NotFoundException("Area", code));
        Optional<MethodVersion> method = publicMethods().filter(m -> m.version().equals(version))
                .filter(m -> !service.values(code, null, m.version(), PublicData.PUBLIC).isEmpty()).findFirst()
                .or(() -> newestWithValues(code));
        Function<String, String> labels = method.map(PublicSafetyIndex::labels).orElse(k -> k);
        List<AreaValue> values = method.map(m -> service.values(code, null, m.version(), PublicData.PUBLIC).stream()
                .sorted(Comparator.comparing(StoredValue::period).reversed())
                .map(v -> published(v, areas, labels)).toList()).orElse(List.of());
        return new AreaPage(area, areas.pathToRoot(code).reversed(), areas.children(code),
                method.map(MethodVersion::version).orElse(null), method.map(MethodVersion::title).orElse(null), values,
                values.stream().anyMatch(AreaValue::synthetic), sources(values));
    }

    /** The newest public method version with values (for one area, or any). */
    private Optional<MethodVersion> newestWithValues(String area) {
        return publicMethods().filter(m -> !service.values(area, null, m.version(), PublicData.PUBLIC).isEmpty()).findFirst();
    }

    /** The method versions of a public index, newest first; the anonymous public is never shown another. */
    private java.util.stream.Stream<MethodVersion> publicMethods() {
        return service.methods(PublicData.PUBLIC).stream().filter(MethodVersion::publicIndex);
    }

    /** The public method versions with values, for the choice on the comparison page. */
    public List<String> methodVersions() {
        return publicMethods().map(MethodVersion::version)
                .filter(v -> !service.values(null, null, v, PublicData.PUBLIC).isEmpty()).toList();
    }

    /** The value as the public may see it: a hidden index carries no number at all, a hidden cell none either. */
    static AreaValue published(StoredValue v, AreaTree areas, Function<String, String> labels) {
        boolean hidden = v.suppressed() != null || v.value() == null;
        String name = areas.find(v.area()).map(Area::name).orElse(v.area());
        List<Cell> subs = hidden ? List.of() : v.subIndices().stream().filter(s -> s.value() != null)
                .map(s -> new Cell(s.key(), labels.apply(s.key()), round(s.value()), null, null, null, null, null)).toList();
        List<Cell> cells = v.indicators().stream().map(c -> {
            boolean off = c.suppressed() != null || c.value() == null;
            return new Cell(c.key(), labels.apply(c.key()), off ? null : round(c.value()), off ? null : round(c.low()),
                    off ? null : round(c.high()), c.countHidden() ? "<5" : String.valueOf(c.n()),
                    off ? Objects.requireNonNullElse(c.suppressed(), "NO_DATA") : null, PublicData.text(c.source()));
        }).toList();
        String reason = hidden ? Objects.requireNonNullElse(v.suppressed(), "NO_DATA") : null;
        for (StoredValue.IndicatorCell c : v.indicators()) {
            if (reason != null) {
                reason = reason.replace(c.key() + " – ", labels.apply(c.key()) + " – "); // the indicator's name, not its key
            }
        }
        return new AreaValue(v.area(), name, v.period().toString(), hidden ? null : round(v.value()),
                hidden ? null : round(v.low()), hidden ? null : round(v.high()), hidden ? null : v.rank(),
                hidden ? null : v.rankLow(), hidden ? null : v.rankHigh(), !hidden && v.uncertainRank(), v.respondents(),
                reason, subs, cells, v.synthetic());
    }

    private static List<String> sources(List<AreaValue> values) {
        LinkedHashSet<String> sources = new LinkedHashSet<>();
        values.forEach(v -> v.indicators().stream().map(Cell::source).filter(Objects::nonNull).forEach(sources::add));
        return new ArrayList<>(sources);
    }

    /** The names the method document gives its sub-indices and indicators. */
    private static Function<String, String> labels(MethodVersion m) {
        Map<String, String> names = new HashMap<>();
        m.method().subIndices().forEach(s -> names.put(s.key(), s.name() == null ? s.key() : s.name()));
        m.method().indicators().forEach(i -> names.put(i.key(), i.name() == null ? i.key() : i.name()));
        return key -> names.getOrDefault(key, key);
    }

    static Double round(Double x) {
        return x == null || x.isNaN() || x.isInfinite() ? null : Math.round(x * 10) / 10.0;
    }
}
