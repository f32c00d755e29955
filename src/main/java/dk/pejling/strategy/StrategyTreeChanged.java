package dk.pejling.strategy;

/**
 * A strategy, or a goal in its tree, was registered, changed or removed: what other modules mirror of
 * it (the strategy's visibility, each goal's strategy and whether it is internal) may have changed.
 * Published inside the changing transaction, so a module that keeps a copy for its own queries
 * (indicator, initiative) updates it in the same transaction: a copy that lagged behind a commit would
 * show a record that has just become internal.
 *
 * @param strategy the strategy whose tree changed
 */
public record StrategyTreeChanged(StrategyId strategy) {
}
