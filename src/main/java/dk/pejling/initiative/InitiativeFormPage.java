package dk.pejling.initiative;

import dk.pejling.organisation.Organisation;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.GoalNode;
import dk.pejling.strategy.Strategy;
import java.util.List;

/**
 * The choices of the initiative form, read in one call ({@link InitiativeReadModels#newInitiativeForm},
 * {@link InitiativeReadModels#initiativeForm}); what the user typed and its errors come with the request.
 *
 * @param initiative  the initiative being edited, null for a new one
 * @param goalOptions the strategy's goals the viewer may see, indented
 * @param parents     the strategy's initiatives that may be the parent (never the initiative itself)
 */
public record InitiativeFormPage(Strategy strategy, Initiative initiative, List<GoalNode.Option> goalOptions,
                                 List<Initiative> parents, List<Organisation> organisations) {

    public InitiativeFormPage {
        goalOptions = List.copyOf(goalOptions);
        parents = List.copyOf(parents);
        organisations = List.copyOf(organisations);
    }

    public InitiativeKind[] kinds() {
        return InitiativeKind.values();
    }

    public Visibility[] visibilities() {
        return Visibility.values();
    }
}
