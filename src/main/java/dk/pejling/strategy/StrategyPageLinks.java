package dk.pejling.strategy;

import dk.pejling.shared.Viewer;
import java.util.List;

/**
 * Lets other modules add links to a strategy's page ("Mål og resultater", "Status", reports)
 * without the strategy module knowing them: they depend on it, never the other way round.
 */
public interface StrategyPageLinks {

    /** A link with a message key for its text. */
    record PageLink(String messageKey, String href) {
    }

    List<PageLink> linksFor(Strategy strategy, Viewer viewer);
}
