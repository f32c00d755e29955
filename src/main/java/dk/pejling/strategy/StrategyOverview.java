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

    /**
     * "Sidst ændret": the latest change to the strategy, its documents or any goal the viewer may see —
     * a goal edited after the strategy was saved changed what its page shows. Goals hidden from the viewer
     * do not count, so the date says nothing about them.
     */
    public java.time.Instant lastChanged() {
        java.time.Instant latest = strategy.updatedAt();
        java.util.Deque<GoalNode> todo = new java.util.ArrayDeque<>(goals);
        while (!todo.isEmpty()) {
            GoalNode node = todo.pop();
            if (node.goal().updatedAt() != null && (latest == null || node.goal().updatedAt().isAfter(latest))) {
                latest = node.goal().updatedAt();
            }
            todo.addAll(node.children());
        }
        return latest;
    }

    public int goalCount() {
        return goals.stream().mapToInt(GoalNode::size).sum();
    }
}
