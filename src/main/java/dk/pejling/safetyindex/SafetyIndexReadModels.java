package dk.pejling.safetyindex;

import dk.pejling.indicator.Indicator;
import dk.pejling.indicator.IndicatorPermissions;
import dk.pejling.indicator.IndicatorService;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.Viewer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The safety index pages' models, each read in one call and one read-only transaction. Values and method
 * versions come from {@link SafetyIndexService} for the viewer, so an internal version's values never reach
 * a model for a viewer who may not see them. Texts that depend on the language (a hidden cell's reason, the
 * kinds of area) are put in the viewer's language here.
 */
@Service
@Transactional(readOnly = true)
public class SafetyIndexReadModels {

    private final SafetyIndexService service;
    private final FeedService feeds;
    private final IndicatorService indicators;
    private final IndicatorPermissions indicatorPermissions;
    private final SafetyIndexPermissions permissions;
    private final MessageSource messages;

    SafetyIndexReadModels(SafetyIndexService service, FeedService feeds, IndicatorService indicators,
                          IndicatorPermissions indicatorPermissions, SafetyIndexPermissions permissions,
                          MessageSource messages) {
        this.service = service;
        this.feeds = feeds;
        this.indicators = indicators;
        this.indicatorPermissions = indicatorPermissions;
        this.permissions = permissions;
        this.messages = messages;
    }

    /**
     * The areas of one kind compared in one period by one method version.
     *
     * @param method the version asked for; null: the newest version with values
     * @param period the period asked for; null or one without values: the newest with values
     * @param kind   the kind asked for; null: the kind with the most values in the period
     */
    public ComparePage compare(String method, String period, Area.Kind kind, Locale locale, Viewer viewer) {
        List<MethodVersion> methods = service.methods(viewer);
        Optional<WithValues> chosen = pickWithValues(methods, method,
                m -> service.values(null, null, m.version(), viewer));
        boolean canEditFeeds = permissions.mayManageFeeds(viewer);
        Map<Area.Kind, String> kindLabels = kindLabels(locale);
        if (chosen.isEmpty()) {
            return new ComparePage(methods, null, canEditFeeds, List.of(), null, java.util.Set.of(), kindLabels, null,
                    List.of(), false);
        }
        AreaTree areas = service.areas();
        List<StoredValue> all = chosen.get().values();
        List<String> periods = all.stream().map(StoredValue::period).distinct().sorted(Comparator.reverseOrder())
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
                .map(v -> ValueView.of(v, areas, texts(locale), labels(chosen.get().method()))).toList();
        return new ComparePage(methods, chosen.get().method(), canEditFeeds, periods, p, counts.keySet(), kindLabels, k, rows,
                rows.stream().anyMatch(ValueView::synthetic));
    }

    /**
     * One area's values over time by one method version, with the change between its two newest periods.
     *
     * @param method the version asked for; null: the newest version with values for the area
     */
    public AreaPage area(String code, String method, Locale locale, Viewer viewer) {
        AreaTree areas = service.areas();
        Area area = areas.find(code).orElseThrow(() -> new NotFoundException("Area", code));
        List<MethodVersion> methods = service.methods(viewer);
        Optional<WithValues> chosen = pickWithValues(methods, method,
                m -> service.values(code, null, m.version(), viewer));
        List<ValueView> values = chosen.map(c -> c.values().stream()
                .sorted(Comparator.comparing(StoredValue::period).reversed())
                .map(v -> ValueView.of(v, areas, texts(locale), labels(c.method()))).toList()).orElse(List.of());
        Optional<MethodVersion> version = chosen.map(WithValues::method);
        return new AreaPage(area, kindLabels(locale).get(area.kind()), areas.pathToRoot(code).reversed(),
                areas.children(code), methods, version.orElse(null), values,
                values.stream().anyMatch(ValueView::synthetic), latestChange(code, version, values, viewer));
    }

    /**
     * The feeds and the form's choices: the targets are the indicators the viewer may enter data for. Only
     * who may manage feeds gets one.
     */
    public FeedsPage feeds(Viewer viewer) {
        permissions.requireManageFeeds(viewer);
        List<MethodVersion> methods = service.methods(viewer);
        List<Indicator> targets = indicators.allVisible(viewer).stream()
                .filter(i -> indicatorPermissions.mayEnterData(i, viewer))
                .sorted(Comparator.comparing(Indicator::name)).toList();
        Map<String, String> names = new LinkedHashMap<>();
        targets.forEach(i -> names.put(i.slug(), i.name()));
        List<Area> areas = service.areas().all();
        Map<String, String> areaNames = new LinkedHashMap<>();
        areas.forEach(a -> areaNames.put(a.code(), a.name()));
        return new FeedsPage(feeds.list(viewer), names, targets, areas, areaNames, methods, components(methods));
    }

    /**
     * A method version in plain language.
     *
     * @param version the version asked for; null: the newest
     * @throws NotFoundException when the viewer may see no version of that name (or none at all)
     */
    public MethodPage method(String version, Viewer viewer) {
        List<MethodVersion> methods = service.methods(viewer);
        MethodVersion chosen = pick(methods, version).orElseThrow(() -> new NotFoundException("Method version", version));
        return new MethodPage(methods, chosen, permissions.mayMaintainIndex(viewer));
    }

    /** The method page under a refused method form: the newest version, or none yet. */
    public MethodPage methodForm(Viewer viewer) {
        List<MethodVersion> methods = service.methods(viewer);
        return new MethodPage(methods, pick(methods, null).orElse(null), permissions.mayMaintainIndex(viewer));
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

    /** "index", then every sub-index and indicator any visible method version has, once. */
    private static List<String> components(List<MethodVersion> methods) {
        List<String> all = new ArrayList<>(List.of(IndicatorFeed.INDEX));
        for (MethodVersion m : methods) {
            m.method().subIndices().forEach(s -> addOnce(all, IndicatorFeed.SUB + s.key()));
            m.method().indicators().forEach(i -> addOnce(all, IndicatorFeed.INDICATOR + i.key()));
        }
        return all;
    }

    private static void addOnce(List<String> all, String component) {
        if (!all.contains(component)) {
            all.add(component);
        }
    }

    /** The names the method document gives its sub-indices and indicators. */
    private static Function<String, String> labels(MethodVersion m) {
        Map<String, String> names = new HashMap<>();
        m.method().subIndices().forEach(s -> names.put(s.key(), s.name() == null ? s.key() : s.name()));
        m.method().indicators().forEach(i -> names.put(i.key(), i.name() == null ? i.key() : i.name()));
        return key -> names.getOrDefault(key, key);
    }

    private Map<Area.Kind, String> kindLabels(Locale locale) {
        return AreaKindLabels.of(messages, locale);
    }

    /** A method version with the values read for it (so they are read once, not once to choose and again to show). */
    private record WithValues(MethodVersion method, List<StoredValue> values) {
    }

    /**
     * The version asked for; without one, the newest version that has values to show (a new version
     * nobody has computed yet must not blank the page), else the newest. Each version's values are read at
     * most once, newest first, until one has some.
     */
    private static Optional<WithValues> pickWithValues(List<MethodVersion> methods, String version,
                                                       Function<MethodVersion, List<StoredValue>> values) {
        if (version != null && !version.isBlank()) {
            return pick(methods, version).map(m -> new WithValues(m, values.apply(m)));
        }
        for (MethodVersion m : methods) {
            List<StoredValue> found = values.apply(m);
            if (!found.isEmpty()) {
                return Optional.of(new WithValues(m, found));
            }
        }
        return methods.stream().findFirst().map(m -> new WithValues(m, List.of()));
    }

    private static Optional<MethodVersion> pick(List<MethodVersion> methods, String version) {
        return version == null || version.isBlank() ? methods.stream().findFirst()
                : methods.stream().filter(m -> m.version().equals(version)).findFirst();
    }

    private Function<String, String> texts(Locale locale) {
        return key -> messages.getMessage(key, null, key, locale);
    }
}
