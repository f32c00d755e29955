package dk.pejling.report;

import dk.pejling.indicator.Indicator;
import dk.pejling.indicator.IndicatorService;
import dk.pejling.safetyindex.FeedService;
import dk.pejling.safetyindex.IndexReportRow;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.GoalNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The safety index in a strategy's reports: the index values of the areas that feed the strategy's
 * indicators (through the safety index module's public service), with intervals, reasons for hidden
 * values, SYNTETISK and the method version, as the viewer may see them.
 */
@Component
class SafetyIndexRows {

    private final IndicatorService indicators;
    private final FeedService feeds;

    SafetyIndexRows(IndicatorService indicators, FeedService feeds) {
        this.indicators = indicators;
        this.feeds = feeds;
    }

    /** For the strategy's goal forest as the viewer may see it, which the report has read already. */
    List<IndexReportRow> of(List<GoalNode> forest, int lastYear, Viewer viewer) {
        List<UUID> goalIds = new ArrayList<>();
        collect(forest, goalIds);
        if (goalIds.isEmpty()) {
            return List.of();
        }
        Set<String> keys = indicators.forGoals(goalIds, viewer).stream().map(Indicator::slug).collect(Collectors.toSet());
        return keys.isEmpty() ? List.of() : feeds.reportRows(keys, lastYear, viewer);
    }

    private static void collect(List<GoalNode> nodes, List<UUID> into) {
        for (GoalNode node : nodes) {
            into.add(node.goal().id().value());
            collect(node.children(), into);
        }
    }
}
