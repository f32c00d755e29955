package dk.pejling.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.shared.Visibility;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** GoalNode.forest on random trees of random visibility, fed in random order. */
class GoalNodePropertyTest {

    /** One goal of a random tree: its parent is picked among the goals made before it, or none. */
    record Spec(int parentPick, Visibility visibility, int order, boolean withCode) {
    }

    @Provide
    Arbitrary<List<Spec>> trees() {
        return Combinators.combine(Arbitraries.integers().between(0, 10_000), Arbitraries.of(Visibility.class),
                        Arbitraries.integers().between(0, 3), Arbitraries.of(true, false))
                .as(Spec::new).list().ofMaxSize(60);
    }

    private static List<Goal> build(List<Spec> specs) {
        List<Goal> goals = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            int pick = spec.parentPick() % (i + 1);
            Goal parent = pick == i ? null : goals.get(pick);
            goals.add(GoalNodeTest.goal("goal " + i, parent, spec.order(), spec.withCode() ? "c" + (i % 7) : null,
                    spec.visibility()));
        }
        return goals;
    }

    private static void collect(List<GoalNode> nodes, List<Goal> out) {
        for (GoalNode node : nodes) {
            out.add(node.goal());
            collect(node.children(), out);
        }
    }

    /** Visible means: the goal and every one of its ancestors pass the predicate. */
    private static boolean reachable(Goal goal, Map<GoalId, Goal> byId, Predicate<Goal> visible) {
        for (Goal g = goal; g != null; g = g.parentId() == null ? null : byId.get(g.parentId())) {
            if (!visible.test(g)) {
                return false;
            }
        }
        return true;
    }

    @Property
    void keepsEveryVisibleGoalExactlyOnceAndNothingElse(@ForAll("trees") List<Spec> specs,
                                                        @ForAll boolean onlyPublic, @ForAll long seed) {
        List<Goal> goals = build(specs);
        Map<GoalId, Goal> byId = new HashMap<>();
        goals.forEach(g -> byId.put(g.id(), g));
        Predicate<Goal> visible = onlyPublic ? g -> g.visibility() == Visibility.PUBLIC : g -> true;
        List<Goal> shuffled = new ArrayList<>(goals);
        Collections.shuffle(shuffled, new java.util.Random(seed));

        List<GoalNode> forest = GoalNode.forest(shuffled, visible);

        List<Goal> shown = new ArrayList<>();
        collect(forest, shown);
        List<Goal> expected = goals.stream().filter(g -> reachable(g, byId, visible)).toList();
        assertThat(shown).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(forest.stream().mapToInt(GoalNode::size).sum()).isEqualTo(expected.size());
    }

    @Property
    void everyNodeSitsUnderItsOwnParentAndSiblingsAreSorted(@ForAll("trees") List<Spec> specs) {
        List<GoalNode> forest = GoalNode.forest(build(specs), g -> true);

        assertThat(forest).allSatisfy(root -> assertThat(root.goal().parentId()).isNull());
        checkLevel(forest);
    }

    private static void checkLevel(List<GoalNode> level) {
        for (int i = 1; i < level.size(); i++) {
            Goal before = level.get(i - 1).goal();
            Goal after = level.get(i).goal();
            assertThat(before.order()).isLessThanOrEqualTo(after.order());
            if (before.order() == after.order()) {
                assertThat(code(before)).isLessThanOrEqualTo(code(after));
            }
        }
        for (GoalNode node : level) {
            assertThat(node.children()).allSatisfy(child -> assertThat(child.goal().parentId()).isEqualTo(node.goal().id()));
            checkLevel(node.children());
        }
    }

    private static String code(Goal goal) {
        return goal.code() == null ? "" : goal.code();
    }
}
