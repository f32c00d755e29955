package dk.pejling.initiative;

import dk.pejling.initiative.store.InitiativeChangeQueries;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyChanges;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "Sidst ændret" of a strategy counts its initiatives and their status reports. */
@Component
class InitiativeChangesOfStrategy implements StrategyChanges {

    private final InitiativeChangeQueries queries;

    InitiativeChangesOfStrategy(InitiativeChangeQueries queries) {
        this.queries = queries;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> lastChange(Strategy strategy, Collection<UUID> visibleGoalIds, Viewer viewer) {
        boolean internal = viewer.isAdmin() || viewer.readsInternal(strategy.id().value());
        return queries.lastChangeOfStrategy(strategy.id().value(), internal);
    }
}
