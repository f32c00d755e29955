package dk.pejling.safetyindex.web;

import dk.pejling.safetyindex.Area;
import dk.pejling.safetyindex.AreaTree;
import dk.pejling.safetyindex.Change;
import dk.pejling.safetyindex.MethodVersion;
import dk.pejling.safetyindex.Period;
import dk.pejling.safetyindex.SafetyIndexPermissions;
import dk.pejling.safetyindex.SafetyIndexService;
import dk.pejling.safetyindex.StoredValue;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.Viewer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The safety index's pages: the comparison of areas with intervals and rank intervals, one area's
 * values over time with the cells behind them, and the method in plain language. Every page that
 * shows a value computed from generated data says SYNTETISK.
 */
@Controller
class SafetyIndexPages {

    private final SafetyIndexService service;
    private final MessageSource messages;
    private final SafetyIndexPermissions permissions;

    SafetyIndexPages(SafetyIndexService service, MessageSource messages, SafetyIndexPermissions permissions) {
        this.permissions = permissions;
        this.service = service;
        this.messages = messages;
    }

    @GetMapping("/tryghed")
    String compare(@RequestParam(required = false) String method, @RequestParam(required = false) String period,
                   @RequestParam(required = false) Area.Kind kind, Viewer viewer, Model model, Locale locale) {
        List<MethodVersion> methods = service.methods(viewer);
        Optional<MethodVersion> chosen = pickWithValues(methods, method,
                m -> !service.values(null, null, m.version(), viewer).isEmpty());
        AreaTree areas = service.areas();
        model.addAttribute("methods", methods);
        model.addAttribute("method", chosen.orElse(null));
        model.addAttribute("canEditFeeds", permissions.mayManageFeeds(viewer));
        if (chosen.isEmpty()) {
            model.addAttribute("rows", List.of());
            return "safetyindex/compare";
        }
        List<StoredValue> all = service.values(null, null, chosen.get().version(), viewer);
        List<String> periods = all.stream().map(v -> v.period()).distinct().sorted(Comparator.reverseOrder())
                .map(Period::toString).toList();
        String p = period != null && periods.contains(period) ? period : periods.isEmpty() ? null : periods.get(0);
        Map<Area.Kind, Long> counts = new LinkedHashMap<>();
        all.stream().filter(v -> v.period().toString().equals(p)).forEach(v -> areas.find(v.area())
                .ifPresent(a -> counts.merge(a.kind(), v.value() == null ? 0L : 1L, Long::sum)));
        Area.Kind k = kind != null ? kind : counts.entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Area.Kind.BOLIGOMRAADE);
        List<ValueView> rows = all.stream().filter(v -> v.period().toString().equals(p))
                .filter(v -> areas.find(v.area()).map(a -> a.kind() == k).orElse(false))
                .sorted(Comparator.comparing((StoredValue v) -> v.rank() == null ? Integer.MAX_VALUE : v.rank())
                        .thenComparing(StoredValue::area))
                .map(v -> ValueView.of(v, areas, texts(locale), labels(chosen.get()))).toList();
        model.addAttribute("periods", periods);
        model.addAttribute("period", p);
        model.addAttribute("kinds", counts.keySet());
        model.addAttribute("kindLabels", kindLabels(locale));
        model.addAttribute("kind", k);
        model.addAttribute("rows", rows);
        model.addAttribute("synthetic", rows.stream().anyMatch(ValueView::synthetic));
        return "safetyindex/compare";
    }

    @GetMapping("/tryghed/omraader/{code}")
    String area(@PathVariable String code, @RequestParam(required = false) String method, Viewer viewer, Model model,
                Locale locale) {
        AreaTree areas = service.areas();
        Area area = areas.find(code).orElseThrow(() -> new NotFoundException("Area", code));
        List<MethodVersion> methods = service.methods(viewer);
        Optional<MethodVersion> chosen = pickWithValues(methods, method,
                m -> !service.values(code, null, m.version(), viewer).isEmpty());
        List<ValueView> values = chosen.map(m -> service.values(code, null, m.version(), viewer).stream()
                .sorted(Comparator.comparing(StoredValue::period).reversed())
                .map(v -> ValueView.of(v, areas, texts(locale), labels(m))).toList()).orElse(List.of());
        model.addAttribute("area", area);
        model.addAttribute("kindLabel", kindLabels(locale).get(area.kind()));
        model.addAttribute("path", areas.pathToRoot(code).reversed());
        model.addAttribute("children", areas.children(code));
        model.addAttribute("methods", methods);
        model.addAttribute("method", chosen.orElse(null));
        model.addAttribute("values", values);
        model.addAttribute("synthetic", values.stream().anyMatch(ValueView::synthetic));
        model.addAttribute("change", latestChange(code, chosen, values, viewer));
        return "safetyindex/area";
    }

    /** The paired change between the two newest periods of the same kind, when both have an index. */
    private Change latestChange(String code, Optional<MethodVersion> method, List<ValueView> values, Viewer viewer) {
        List<ValueView> shown = values.stream().filter(v -> v.value() != null).toList();
        if (method.isEmpty() || shown.size() < 2) {
            return null;
        }
        Period to = Period.of(shown.get(0).period());
        Optional<ValueView> from = shown.stream().skip(1).filter(v -> Period.of(v.period()).kind() == to.kind()).findFirst();
        return from.flatMap(f -> service.change(code, method.get().version(), Period.of(f.period()), to, viewer)).orElse(null);
    }

    /** The names the method document gives its sub-indices and indicators. */
    private static java.util.function.Function<String, String> labels(MethodVersion m) {
        Map<String, String> names = new java.util.HashMap<>();
        m.method().subIndices().forEach(s -> names.put(s.key(), s.name() == null ? s.key() : s.name()));
        m.method().indicators().forEach(i -> names.put(i.key(), i.name() == null ? i.key() : i.name()));
        return key -> names.getOrDefault(key, key);
    }

    private Map<Area.Kind, String> kindLabels(Locale locale) {
        Map<Area.Kind, String> labels = new java.util.EnumMap<>(Area.Kind.class);
        for (Area.Kind k : Area.Kind.values()) {
            labels.put(k, messages.getMessage("safetyindex.kind." + k.name(), null, k.name(), locale));
        }
        return labels;
    }

    /**
     * The version asked for; without one, the newest version that has values to show (a new version
     * nobody has computed yet must not blank the page), else the newest.
     */
    private static Optional<MethodVersion> pickWithValues(List<MethodVersion> methods, String version,
                                                          java.util.function.Predicate<MethodVersion> hasValues) {
        if (version != null && !version.isBlank()) {
            return pick(methods, version);
        }
        return methods.stream().filter(hasValues).findFirst().or(() -> methods.stream().findFirst());
    }

    static Optional<MethodVersion> pick(List<MethodVersion> methods, String version) {
        return version == null || version.isBlank() ? methods.stream().findFirst()
                : methods.stream().filter(m -> m.version().equals(version)).findFirst();
    }

    private java.util.function.Function<String, String> texts(Locale locale) {
        return key -> messages.getMessage(key, null, key, locale);
    }
}
