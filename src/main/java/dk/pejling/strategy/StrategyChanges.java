package dk.pejling.strategy;

import dk.pejling.shared.Viewer;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * Lets the modules that hang records on a strategy (indicators with their targets and values,
 * initiatives with their status reports) tell when they last changed what the strategy's page stands
 * on, so "Sidst ændret" counts them without the strategy module reading their tables: they depend on
 * it, never the other way round (as {@link StrategyPageLinks}).
 */
public interface StrategyChanges {

    /**
     * The latest change among this module's records of the strategy that the viewer may see, given the
     * goals the viewer may see; empty when there is none.
     */
    Optional<Instant> lastChange(Strategy strategy, Collection<UUID> visibleGoalIds, Viewer viewer);
}
