package dk.pejling.strategy;

import dk.pejling.organisation.Organisation;
import java.util.List;

/**
 * A strategy with everything its page and its API resource show: owner and partner names, the
 * strategies it relates to (both directions) and its goal tree, all filtered for one viewer.
 */
public record StrategyOverview(Strategy strategy, Organisation owner, List<Organisation> partners,
                               List<Related> relations, List<GoalNode> goals) {

    /** A related strategy; {@code incoming} means the other strategy points at this one. */
    public record Related(RelationKind kind, StrategySummary strategy, boolean incoming) {
    }

    public int goalCount() {
        return goals.stream().mapToInt(GoalNode::size).sum();
    }
}
