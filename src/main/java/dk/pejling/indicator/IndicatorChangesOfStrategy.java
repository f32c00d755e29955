package dk.pejling.indicator;

import dk.pejling.indicator.store.IndicatorChangeQueries;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyChanges;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "Sidst ændret" of a strategy counts its goals' indicators: definitions, targets, values and verdicts by hand. */
@Component
class IndicatorChangesOfStrategy implements StrategyChanges {

    private final IndicatorChangeQueries queries;

    IndicatorChangesOfStrategy(IndicatorChangeQueries queries) {
        this.queries = queries;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> lastChange(Strategy strategy, Collection<UUID> visibleGoalIds, Viewer viewer) {
        // the same rule as the verdicts: a strategy's internal indicators count for who reads its internal records
        boolean internal = viewer.isAdmin() || viewer.readsInternal(strategy.id().value());
        return queries.lastChangeOfGoals(visibleGoalIds, internal);
    }
}
