package dk.pejling.strategy;

import dk.pejling.organisation.Organisation;
import dk.pejling.shared.Visibility;
import java.util.List;

/**
 * The choices of the strategy form, read in one call ({@link StrategyReadModels#newStrategyForm},
 * {@link StrategyReadModels#strategyForm}); what the user typed and its errors come with the request.
 *
 * @param strategy        the strategy being edited, null for a new one
 * @param otherStrategies the strategies the viewer may see that it may relate to (never itself)
 */
public record StrategyFormPage(Strategy strategy, List<Organisation> organisations,
                               List<StrategySummary> otherStrategies) {

    public StrategyFormPage {
        organisations = List.copyOf(organisations);
        otherStrategies = List.copyOf(otherStrategies);
    }

    public LifecycleStatus[] statuses() {
        return LifecycleStatus.values();
    }

    public StrategyKind[] kinds() {
        return StrategyKind.values();
    }

    public RelationKind[] relationKinds() {
        return RelationKind.values();
    }

    public Visibility[] visibilities() {
        return Visibility.values();
    }
}
