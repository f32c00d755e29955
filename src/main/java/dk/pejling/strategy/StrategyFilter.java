package dk.pejling.strategy;

import dk.pejling.organisation.OrganisationId;

/**
 * Filters of the strategy list. {@code organisation} matches owners and partners; {@code year}
 * matches strategies whose period overlaps that calendar year.
 */
public record StrategyFilter(OrganisationId organisation, LifecycleStatus status, StrategyKind kind, Integer year) {

    public static StrategyFilter none() {
        return new StrategyFilter(null, null, null, null);
    }
}
