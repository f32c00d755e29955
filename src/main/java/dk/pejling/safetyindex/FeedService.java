package dk.pejling.safetyindex;

import dk.pejling.indicator.Indicator;
import dk.pejling.indicator.IndicatorPermissions;
import dk.pejling.indicator.IndicatorService;
import dk.pejling.safetyindex.store.FeedStore;
import dk.pejling.safetyindex.store.SafetyIndexStore;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.Viewer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feeds from the safety index into indicators of the goal tree, and what reports print of them.
 * A feed writes into its indicator later, as the system, so only someone who may enter that
 * indicator's data may point a feed at it or remove it; an indicator the viewer cannot see is as
 * unknown as a missing one.
 */
@Service
public class FeedService {

    private final FeedStore feeds;
    private final SafetyIndexStore store;
    private final SafetyIndexService index;
    private final IndicatorService indicators;
    private final IndicatorPermissions permissions;
    private final SafetyIndexPermissions indexPermissions;

    FeedService(FeedStore feeds, SafetyIndexStore store, SafetyIndexService index, IndicatorService indicators,
                IndicatorPermissions permissions, SafetyIndexPermissions indexPermissions) {
        this.indexPermissions = indexPermissions;
        this.permissions = permissions;
        this.feeds = feeds;
        this.store = store;
        this.index = index;
        this.indicators = indicators;
    }

    /** Lets a computed value feed an indicator from the next computation on; replaces the feed of the same indicator, area and method. */
    @Transactional
    public IndicatorFeed save(IndicatorFeed feed, Viewer viewer) {
        indexPermissions.requireManageFeeds(viewer);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!index.areas().contains(feed.area())) {
            errors.put("area", "there is no area '" + feed.area() + "'");
        }
        Optional<MethodVersion> method = store.method(feed.methodVersion());
        if (method.isEmpty()) {
            errors.put("methodVersion", "there is no method version '" + feed.methodVersion() + "'");
        } else if (!hasComponent(method.get().method(), feed)) {
            errors.put("component", "method version '" + feed.methodVersion() + "' has no '" + feed.component() + "'");
        }
        Optional<Indicator> indicator = indicators.findByKey(feed.indicatorKey(), viewer);
        if (indicator.isEmpty()) {
            errors.put("indicatorKey", "there is no indicator with the key '" + feed.indicatorKey() + "'");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        permissions.requireEnterData(indicator.get(), viewer);
        feeds.save(feed);
        return feed;
    }

    /**
     * Every feed, for the portal's safety index section: keys and codes only, no respondent data; the
     * portal shows of each only what the public may see.
     */
    public List<IndicatorFeed> all() {
        return feeds.all();
    }

    /** The feeds into indicators the viewer may enter data for (all of them for administrators). */
    public List<IndicatorFeed> list(Viewer viewer) {
        indexPermissions.requireManageFeeds(viewer);
        return feeds.all().stream().filter(f -> indicators.findByKey(f.indicatorKey(), viewer)
                .filter(i -> permissions.mayEnterData(i, viewer)).isPresent()).toList();
    }

    /** Stops a feed, if there is one; the measurements it entered stay, as any measurement does. */
    @Transactional
    public void delete(String indicatorKey, String area, String methodVersion, Viewer viewer) {
        indexPermissions.requireManageFeeds(viewer);
        Indicator indicator = indicators.findByKey(indicatorKey, viewer)
                .orElseThrow(() -> new NotFoundException("Indicator", indicatorKey));
        permissions.requireEnterData(indicator, viewer);
        feeds.delete(indicatorKey, area, methodVersion);
    }

    /**
     * The index values that feed the given indicators, for reports: per fed area and method version, its
     * yearly values up to {@code lastYear}, oldest first, as the viewer may see them.
     */
    @Transactional(readOnly = true)
    public List<IndexReportRow> reportRows(Collection<String> indicatorKeys, int lastYear, Viewer viewer) {
        Map<String, List<String>> fedBy = new LinkedHashMap<>(); // "area|method" -> names of the fed indicators
        for (IndicatorFeed f : feeds.all()) {
            if (indicatorKeys.contains(f.indicatorKey())) {
                indicators.findByKey(f.indicatorKey(), viewer).map(Indicator::name).ifPresent(name ->
                        fedBy.computeIfAbsent(f.area() + "|" + f.methodVersion(), k -> new ArrayList<>()).add(name));
            }
        }
        AreaTree tree = index.areas();
        List<IndexReportRow> rows = new ArrayList<>();
        fedBy.forEach((key, names) -> {
            String[] parts = key.split("\\|", 2);
            String areaName = tree.find(parts[0]).map(Area::name).orElse(parts[0]);
            String fed = String.join(", ", names.stream().distinct().toList());
            index.values(parts[0], null, parts[1], viewer).stream()
                    .filter(v -> v.period().kind() == Period.Kind.YEAR && v.period().year() <= lastYear)
                    .sorted(Comparator.comparing(StoredValue::period))
                    .forEach(v -> rows.add(new IndexReportRow(v.area(), areaName, v.period().toString(), v.methodVersion(),
                            v.methodSha256(), v.value(), v.low(), v.high(), v.respondents(), v.effectiveN(), v.suppressed(),
                            v.synthetic(), fed)));
        });
        return rows;
    }

    private static boolean hasComponent(MethodDocument method, IndicatorFeed feed) {
        String key = feed.componentKey();
        if (key == null) {
            return true;
        }
        return feed.component().startsWith(IndicatorFeed.SUB)
                ? method.subIndices().stream().anyMatch(s -> s.key().equals(key))
                : method.indicators().stream().anyMatch(i -> i.key().equals(key));
    }
}
