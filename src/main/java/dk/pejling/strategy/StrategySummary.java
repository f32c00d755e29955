package dk.pejling.strategy;

import dk.pejling.shared.Visibility;
import java.time.LocalDate;
import java.util.UUID;

/** One row of the strategy list: enough to show and filter, without loading the aggregate. */
public record StrategySummary(UUID id, String key, String title, StrategyKind kind, LifecycleStatus status,
                              UUID ownerId, String ownerName, LocalDate periodFrom, LocalDate periodTo,
                              Visibility visibility, long version) {
}
