package dk.pejling.strategy;

import java.util.UUID;

/**
 * Published in the transaction that stores an uploaded document, so its text is extracted after the commit,
 * off the request thread, and an extraction is not lost when the application stops before it ran.
 */
public record DocumentUploaded(StrategyId strategy, UUID linkId) {
}
