package dk.pejling.strategy;

import dk.pejling.organisation.Organisation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The start page's list of strategies, read in one call ({@link StrategyReadModels#strategies}).
 *
 * @param groups        the page's strategies by owner's name, in the list's order
 * @param total         how many strategies match the filter in all
 * @param number        the page shown, from 0
 * @param pages         how many pages there are (at least one)
 * @param query         the filter as asked, to fill the form and the page links with
 * @param organisations the organisations to filter by
 */
public record StrategyListPage(Map<String, List<StrategySummary>> groups, long total, int number, int pages,
                               Query query, List<Organisation> organisations) {

    public StrategyListPage {
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        organisations = List.copyOf(organisations);
    }

    /** What the start page filters by; any of it may be null, {@code page} counts from 0. */
    public record Query(String q, UUID organisation, LifecycleStatus status, StrategyKind kind, Integer year, int page) {
    }

    public LifecycleStatus[] statuses() {
        return LifecycleStatus.values();
    }

    public StrategyKind[] kinds() {
        return StrategyKind.values();
    }
}
