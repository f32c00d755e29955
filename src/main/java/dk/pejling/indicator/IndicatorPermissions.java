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

    public IndicatorPermissions(GoalService goals) {
        this.goals = goals;
    }

    /** Coordinators of a linked strategy define and change an indicator; an unlinked draft, anyone who edits. */
    public boolean mayDefine(List<GoalLink> links, Viewer viewer) {
        Set<UUID> strategies = goals.strategiesOf(goalIdsOf(links));
        return viewer.isAdmin() || (strategies.isEmpty() ? viewer.holdsEditingRole()
                : strategies.stream().anyMatch(viewer::isCoordinatorOf));
    }

    /** Coordinators and partner editors of a linked strategy enter measurements. */
    public boolean mayEnterData(Indicator indicator, Viewer viewer) {
        Set<UUID> strategies = goals.strategiesOf(goalIdsOf(indicator.goals()));
        return viewer.isAdmin() || (strategies.isEmpty() ? viewer.holdsEditingRole()
                : strategies.stream().anyMatch(s -> entersDataFor(s, viewer)));
    }

    /**
     * The indicator forms and the results of a strategy's goals: administrators and the strategy's
     * coordinators (who also judge a goal by hand where no indicator measures it).
     */
    public boolean mayDefineFor(UUID strategyId, Viewer viewer) {
        return viewer.isAdmin() || viewer.isCoordinatorOf(strategyId);
    }

    /** The measurement import: anyone with an editing role; each indicator is checked when its values are saved. */
    public boolean mayImportMeasurements(Viewer viewer) {
        return viewer.holdsEditingRole();
    }

    public void requireDefineFor(UUID strategyId, Viewer viewer) {
        Viewer.require(mayDefineFor(strategyId, viewer));
    }

    public void requireImportMeasurements(Viewer viewer) {
        Viewer.require(mayImportMeasurements(viewer));
    }

    public void requireDefine(List<GoalLink> links, Viewer viewer) {
        Viewer.require(mayDefine(links, viewer));
    }

    public void requireEnterData(Indicator indicator, Viewer viewer) {
        Viewer.require(mayEnterData(indicator, viewer));
    }

    /** A strategy's coordinators, and editors of an organisation that owns or takes part in it. */
    private static boolean entersDataFor(UUID strategyId, Viewer viewer) {
        return viewer.isCoordinatorOf(strategyId) || (viewer.isEditor() && viewer.isPartnerIn(strategyId));
    }

    private static List<UUID> goalIdsOf(List<GoalLink> links) {
        return links.stream().map(GoalLink::goalId).toList();
    }
}
