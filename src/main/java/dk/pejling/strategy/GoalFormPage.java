package dk.pejling.strategy;

import dk.pejling.shared.Visibility;
import java.util.List;

/**
 * The choices of the goal form, read in one call ({@link StrategyReadModels#newGoalForm},
 * {@link StrategyReadModels#goalForm}); what the user typed and its errors come with the request.
 *
 * @param goal    the goal being edited, null for a new one
 * @param parents the strategy's goals the viewer may see that may be its parent (never its own subtree), indented
 */
public record GoalFormPage(Strategy strategy, Goal goal, List<GoalNode.Option> parents) {

    public GoalFormPage {
        parents = List.copyOf(parents);
    }

    public GoalKind[] kinds() {
        return GoalKind.values();
    }

    public Visibility[] visibilities() {
        return Visibility.values();
    }
}
