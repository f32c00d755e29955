package dk.pejling.strategy;

import java.util.UUID;

/**
 * Published inside the transaction that registers a strategy, so the access module can make its
 * creator the coordinator in the same transaction.
 *
 * @param strategy the new strategy
 * @param creator  the user who registered it, or null for the system
 */
public record StrategyCreated(StrategyId strategy, UUID creator) {
}
