package dk.pejling.strategy;

import dk.pejling.shared.Visibility;

/** A strategy's title and own visibility: what other modules mirror of it (see {@link StrategyTreeChanged}). */
public record StrategyStanding(String title, Visibility visibility) {
}
