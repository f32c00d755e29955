package dk.pejling.indicator;

import dk.pejling.shared.Viewer;
import dk.pejling.strategy.GoalService;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may change an indicator and its measurements, decided here once: the services refuse with these rules
 * and the pages ask them what to offer (docs/permissions.md, "indicators"). The roles themselves are the
 * viewer's; what ties an indicator to a strategy (its goals) is this module's.
 */
@Component
public class IndicatorPermissions {

    private final GoalService goals;

    IndicatorPermissions(GoalService goals) {
        this.goals = goals;
    }

    /** Coordinators of a linked strategy define and change an indicator; an unlinked draft, anyone who edits. */
    public boolean mayDefine(List<GoalLink> links, Viewer viewer) {
        Set<UUID> strategies = goals.strategiesOf(goalIdsOf(links));
        return viewer.isAdmin() || (strategies.isEmpty() ? viewer.canEdit() : strategies.stream().anyMatch(viewer::coordinates));
    }

    /** Coordinators and partner editors of a linked strategy enter measurements. */
    public boolean mayEnterData(Indicator indicator, Viewer viewer) {
        Set<UUID> strategies = goals.strategiesOf(goalIdsOf(indicator.goals()));
        return viewer.isAdmin() || (strategies.isEmpty() ? viewer.canEdit() : strategies.stream().anyMatch(viewer::entersDataFor));
    }

    public void requireDefine(List<GoalLink> links, Viewer viewer) {
        Viewer.require(mayDefine(links, viewer));
    }

    public void requireEnterData(Indicator indicator, Viewer viewer) {
        Viewer.require(mayEnterData(indicator, viewer));
    }

    private static List<UUID> goalIdsOf(List<GoalLink> links) {
        return links.stream().map(GoalLink::goalId).toList();
    }
}
