package dk.pejling.strategy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** A goal with its children, for showing and walking the tree. */
public record GoalNode(Goal goal, List<GoalNode> children) {

    public GoalNode {
        children = List.copyOf(children);
    }

    /**
     * Builds the forest from a flat list in one pass. Goals the viewer may not see are dropped
     * with their whole subtree, so an internal goal never leaks through a public child.
     */
    public static List<GoalNode> forest(List<Goal> goals, Predicate<Goal> visible) {
        Map<UUID, List<Goal>> byParent = new HashMap<>();
        for (Goal goal : goals) {
            UUID parent = goal.parentId() == null ? null : goal.parentId().value();
            byParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(goal);
        }
        return build(byParent, null, visible);
    }

    private static List<GoalNode> build(Map<UUID, List<Goal>> byParent, UUID parent, Predicate<Goal> visible) {
        List<Goal> level = new ArrayList<>(byParent.getOrDefault(parent, List.of()));
        level.sort(Comparator.comparingInt(Goal::order).thenComparing(g -> g.code() == null ? "" : g.code()));
        List<GoalNode> nodes = new ArrayList<>(level.size());
        for (Goal goal : level) {
            if (visible.test(goal)) {
                nodes.add(new GoalNode(goal, build(byParent, goal.id().value(), visible)));
            }
        }
        return nodes;
    }

    /** A goal as a choice in a form: its id and its label indented by its depth. */
    public record Option(UUID id, String label) {
    }

    /** The forest as indented choices in tree order, leaving out {@code excluded} and everything below it. */
    public static List<Option> options(List<GoalNode> forest, GoalId excluded) {
        List<Option> out = new ArrayList<>();
        addOptions(forest, 0, excluded, out);
        return out;
    }

    private static void addOptions(List<GoalNode> nodes, int depth, GoalId excluded, List<Option> out) {
        for (GoalNode node : nodes) {
            if (node.goal().id().equals(excluded)) {
                continue;
            }
            out.add(new Option(node.goal().id().value(), "— ".repeat(depth) + node.goal().label()));
            addOptions(node.children(), depth + 1, excluded, out);
        }
    }

    /** Number of goals in this subtree, this one included. */
    public int size() {
        return 1 + children.stream().mapToInt(GoalNode::size).sum();
    }

    /** The node's goal and every goal below it, parents before children, in the tree's order. */
    public static java.util.stream.Stream<Goal> flatten(GoalNode node) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(node.goal()),
                node.children().stream().flatMap(GoalNode::flatten));
    }
}
