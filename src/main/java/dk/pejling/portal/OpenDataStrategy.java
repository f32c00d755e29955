package dk.pejling.portal;

import java.util.List;

/**
 * One public strategy as its open data files publish it, read in one call
 * ({@link PortalReadModels#openDataStrategy}).
 *
 * @param indicators the public indicators of the strategy's goals, each once, in the goals' order
 */
public record OpenDataStrategy(PublicViews.StrategyPage page, List<PublicViews.IndicatorItem> indicators) {

    public OpenDataStrategy {
        indicators = List.copyOf(indicators);
    }
}
