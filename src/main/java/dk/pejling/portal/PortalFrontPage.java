package dk.pejling.portal;

import dk.pejling.organisation.Organisation;
import dk.pejling.portal.PublicViews.StrategyCard;
import dk.pejling.strategy.LifecycleStatus;
import java.util.List;
import java.util.UUID;

/**
 * The portal's front page: the public strategies that pass the filter and the filter's choices, read in one
 * call ({@link PortalReadModels#frontPage}). The chosen filter values are null when not chosen.
 *
 * @param themes the themes of all public strategies, sorted
 */
public record PortalFrontPage(List<StrategyCard> strategies, List<String> themes, List<Organisation> organisations,
                              List<LifecycleStatus> statuses, String theme, UUID organisation, LifecycleStatus status,
                              Integer year) {

    public PortalFrontPage {
        strategies = List.copyOf(strategies);
        themes = List.copyOf(themes);
        organisations = List.copyOf(organisations);
        statuses = List.copyOf(statuses);
    }
}
