package dk.pejling.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.shared.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalNodeTest {

    private static final StrategyId STRATEGY = StrategyId.random();

    static Goal goal(String title, Goal parent, int order, String code, Visibility visibility) {
        return Goal.create(GoalId.random(), STRATEGY,
                new GoalDetails(parent == null ? null : parent.id(), code, GoalKind.GOAL, title, null, order, visibility),
                order, Instant.EPOCH);
    }

    static Goal goal(String title, Goal parent, int order) {
        return goal(title, parent, order, null, Visibility.PUBLIC);
    }

    private static List<String> titles(List<GoalNode> nodes) {
        return nodes.stream().map(n -> n.goal().title()).toList();
    }

    @Test
    void buildsTheTreeFromAFlatListInAnyOrder() {
        Goal mission = goal("Mission", null, 0);
        Goal main = goal("Hovedmål", mission, 0);
        Goal sub = goal("Delmål", main, 0);
        Goal other = goal("Andet hovedmål", mission, 1);

        List<GoalNode> forest = GoalNode.forest(List.of(sub, other, main, mission), g -> true);

        assertThat(titles(forest)).containsExactly("Mission");
        GoalNode root = forest.getFirst();
        assertThat(titles(root.children())).containsExactly("Hovedmål", "Andet hovedmål");
        assertThat(titles(root.children().getFirst().children())).containsExactly("Delmål");
        assertThat(root.children().get(1).children()).isEmpty();
    }

    @Test
    void ordersSiblingsByOrderThenByCodeWithGoalsWithoutCodeFirst() {
        Goal third = goal("third", null, 2, "A", Visibility.PUBLIC);
        Goal firstB = goal("first B", null, 0, "B", Visibility.PUBLIC);
        Goal firstNoCode = goal("first without code", null, 0, null, Visibility.PUBLIC);
        Goal firstA = goal("first A", null, 0, "A", Visibility.PUBLIC);
        Goal second = goal("second", null, 1, "0", Visibility.PUBLIC);

        List<GoalNode> forest = GoalNode.forest(List.of(third, firstB, firstNoCode, firstA, second), g -> true);

        assertThat(titles(forest)).containsExactly("first without code", "first A", "first B", "second", "third");
    }

    @Test
    void droppingAnInvisibleGoalDropsItsWholeSubtreeEvenItsPublicDescendants() {
        Goal root = goal("root", null, 0);
        Goal hidden = goal("hidden", root, 0, null, Visibility.INTERNAL);
        Goal publicChild = goal("public child of hidden", hidden, 0);
        Goal publicGrandchild = goal("public grandchild of hidden", publicChild, 0);
        Goal sibling = goal("visible sibling", root, 1);

        List<GoalNode> forest = GoalNode.forest(List.of(root, hidden, publicChild, publicGrandchild, sibling),
                g -> g.visibility() == Visibility.PUBLIC);

        assertThat(titles(forest)).containsExactly("root");
        assertThat(titles(forest.getFirst().children())).containsExactly("visible sibling");
        assertThat(forest.getFirst().size()).isEqualTo(2);
    }

    @Test
    void sizeCountsTheNodeAndAllItsDescendants() {
        Goal root = goal("root", null, 0);
        List<Goal> goals = new ArrayList<>(List.of(root));
        Goal a = goal("a", root, 0);
        Goal b = goal("b", root, 1);
        goals.addAll(List.of(a, b, goal("a1", a, 0), goal("a2", a, 1), goal("b1", b, 0)));
        goals.add(goal("a1x", goals.get(3), 0));

        GoalNode tree = GoalNode.forest(goals, g -> true).getFirst();

        assertThat(tree.size()).isEqualTo(7);
        assertThat(tree.children().getFirst().size()).isEqualTo(4);
        assertThat(tree.children().get(1).size()).isEqualTo(2);
        assertThat(new GoalNode(root, List.of()).size()).isEqualTo(1);
    }

    @Test
    void anEmptyListGivesAnEmptyForestAndSeveralRootsStaySeparate() {
        assertThat(GoalNode.forest(List.of(), g -> true)).isEmpty();
        List<GoalNode> forest = GoalNode.forest(List.of(goal("B", null, 1), goal("A", null, 0)), g -> true);
        assertThat(titles(forest)).containsExactly("A", "B");
    }

    @Test
    void childrenCannotBeChangedAfterwards() {
        Goal root = goal("root", null, 0);
        List<GoalNode> children = new ArrayList<>();
        GoalNode node = new GoalNode(root, children);
        children.add(new GoalNode(goal("late", root, 0), List.of()));

        assertThat(node.children()).isEmpty();
    }
}
