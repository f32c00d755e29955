package dk.pejling.strategy;

import dk.pejling.organisation.Organisation;
import java.util.List;

/**
 * A strategy with everything its page and its API resource show: owner and partner names, the
 * strategies it relates to (both directions) and its goal tree, all filtered for one viewer.
 */
public record StrategyOverview(Strategy strategy, Organisation owner, List<Organisation> partners,
                               List<Related> relations, List<GoalNode> goals, java.time.Instant recordsChanged) {

    /** Without the other modules' records: "Sidst ændret" then counts the strategy and its goals only. */
    public StrategyOverview(Strategy strategy, Organisation owner, List<Organisation> partners, List<Related> relations,
                            List<GoalNode> goals) {
        this(strategy, owner, partners, relations, goals, null);
    }

    /** A related strategy; {@code incoming} means the other strategy points at this one. */
    public record Related(RelationKind kind, StrategySummary strategy, boolean incoming) {
    }

    /**
     * "Sidst ændret": the latest change to the strategy, its documents, any goal the viewer may see, or
     * the records other modules hang on it ({@code recordsChanged}: indicators, their targets and values,
     * initiatives and their status reports, see {@link StrategyChanges}) — each changed what its page
     * shows. Records hidden from the viewer do not count, so the date says nothing about them.
     */
    public java.time.Instant lastChanged() {
        java.time.Instant latest = strategy.updatedAt();
        if (recordsChanged != null && (latest == null || recordsChanged.isAfter(latest))) {
            latest = recordsChanged;
        }
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
