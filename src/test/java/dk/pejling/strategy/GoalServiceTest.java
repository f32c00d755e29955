package dk.pejling.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.Fixtures;
import dk.pejling.IntegrationTest;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.shared.ForbiddenException;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.VersionConflictException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.store.GoalRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The goal tree's invariants, kept by GoalService on the real database. */
@IntegrationTest
class GoalServiceTest {

    @Autowired
    GoalService goals;
    @Autowired
    GoalRepository repository;
    @Autowired
    Fixtures fixtures;
    Strategy strategy;

    @BeforeEach
    void setUp() {
        OrganisationId org = fixtures.organisation("Målservice " + Fixtures.token()).id();
        strategy = fixtures.strategy("Målträ", org).create();
    }

    private static GoalDetails details(Goal parent, String title, Visibility visibility) {
        return new GoalDetails(parent == null ? null : parent.id(), null, GoalKind.GOAL, title, null, null, visibility);
    }

    private Goal reload(Goal goal) {
        return repository.findById(goal.id().value()).orElseThrow();
    }

    private static void refusedOnParent(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys("parentId").containsValue(message));
    }

    @Test
    void aParentInAnotherStrategyIsRefusedOnParentId() {
        Strategy other = fixtures.strategy("Anden strategi", strategy.ownerId()).create();
        Goal foreign = fixtures.goal(other, null, "fremmed");
        Goal own = fixtures.goal(strategy, null, "eget");

        refusedOnParent(() -> goals.create(strategy.id(), details(foreign, "barn", Visibility.PUBLIC), Fixtures.EDITOR),
                "the parent goal belongs to another strategy");
        refusedOnParent(() -> goals.update(own.id(), own.version(), details(foreign, "eget", Visibility.PUBLIC), Fixtures.EDITOR),
                "the parent goal belongs to another strategy");
        assertThat(reload(own).parentId()).isNull();
        assertThat(repository.findByStrategy(strategy.id().value())).hasSize(1);
    }

    @Test
    void anUnknownParentIsRefusedOnParentId() {
        GoalDetails orphan = new GoalDetails(GoalId.random(), null, GoalKind.GOAL, "forældreløs", null, null, null);

        refusedOnParent(() -> goals.create(strategy.id(), orphan, Fixtures.EDITOR), "no such goal");
        assertThat(repository.findByStrategy(strategy.id().value())).isEmpty();
    }

    @Test
    void aGoalCannotBeMovedUnderItselfOrItsOwnDescendant() {
        Goal a = fixtures.goal(strategy, null, "a");
        Goal b = fixtures.goal(strategy, a, "b");
        Goal c = fixtures.goal(strategy, b, "c");

        refusedOnParent(() -> goals.update(a.id(), a.version(), details(c, "a", Visibility.PUBLIC), Fixtures.EDITOR),
                "a goal cannot be placed under itself or one of its sub-goals");
        refusedOnParent(() -> goals.update(a.id(), a.version(), details(a, "a", Visibility.PUBLIC), Fixtures.EDITOR),
                "a goal cannot be placed under itself or one of its sub-goals");
        assertThat(reload(a).parentId()).isNull();
        assertThat(reload(a).version()).isEqualTo(a.version());
    }

    @Test
    void aGoalCanBeMovedUnderASiblingsSubtree() {
        Goal a = fixtures.goal(strategy, null, "a");
        Goal b = fixtures.goal(strategy, null, "b");
        Goal b1 = fixtures.goal(strategy, b, "b1");

        Goal moved = goals.update(a.id(), a.version(), details(b1, "a", Visibility.PUBLIC), Fixtures.EDITOR);

        assertThat(moved.parentId()).isEqualTo(b1.id());
        assertThat(goals.tree(strategy.id(), Viewer.anonymous())).singleElement()
                .satisfies(root -> assertThat(root.size()).isEqualTo(3));
    }

    @Test
    void makingAGoalInternalMakesAllItsDescendantsInternal() {
        Goal a = fixtures.goal(strategy, null, "a");
        Goal b = fixtures.goal(strategy, a, "b");
        Goal c = fixtures.goal(strategy, b, "c");
        Goal sibling = fixtures.goal(strategy, null, "sibling");

        goals.update(a.id(), a.version(), details(null, "a", Visibility.INTERNAL), Fixtures.EDITOR);

        assertThat(reload(a).visibility()).isEqualTo(Visibility.INTERNAL);
        assertThat(reload(b).visibility()).isEqualTo(Visibility.INTERNAL);
        assertThat(reload(c).visibility()).isEqualTo(Visibility.INTERNAL);
        assertThat(reload(sibling).visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(goals.tree(strategy.id(), Viewer.anonymous())).extracting(n -> n.goal().title()).containsExactly("sibling");
    }

    @Test
    void aGoalCreatedOrMovedUnderAnInternalGoalBecomesInternal() {
        Goal hidden = fixtures.goal(strategy, null, "intern", Visibility.INTERNAL);
        Goal open = fixtures.goal(strategy, null, "offentlig");
        Goal openChild = fixtures.goal(strategy, open, "offentligt barn");

        Goal created = goals.create(strategy.id(), details(hidden, "nyt barn", Visibility.PUBLIC), Fixtures.EDITOR);
        goals.update(open.id(), open.version(), details(hidden, "offentlig", Visibility.PUBLIC), Fixtures.EDITOR);

        assertThat(created.visibility()).isEqualTo(Visibility.INTERNAL);
        assertThat(reload(open).visibility()).isEqualTo(Visibility.INTERNAL);
        assertThat(reload(openChild).visibility()).isEqualTo(Visibility.INTERNAL);
    }

    @Test
    void aStaleVersionIsAConflictAndNothingChanges() {
        Goal goal = fixtures.goal(strategy, null, "før");
        goals.update(goal.id(), goal.version(), details(null, "første", Visibility.PUBLIC), Fixtures.EDITOR);

        assertThatThrownBy(() -> goals.update(goal.id(), goal.version(), details(null, "anden", Visibility.PUBLIC), Fixtures.EDITOR))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.currentVersion()).isEqualTo(goal.version() + 1));
        assertThat(reload(goal).title()).isEqualTo("første");
    }

    @Test
    void readersMayNotChangeGoalsAndAnonymousCannotSeeInternalOnes() {
        Goal hidden = fixtures.goal(strategy, null, "intern", Visibility.INTERNAL);

        assertThatThrownBy(() -> goals.create(strategy.id(), details(null, "x", Visibility.PUBLIC), Fixtures.READER))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> goals.get(hidden.id(), Viewer.anonymous())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> goals.get(hidden.id(), Fixtures.READER)).as("a reader of no partner organisation")
                .isInstanceOf(NotFoundException.class);
        Viewer partner = new Viewer(java.util.UUID.randomUUID(), null, java.util.Set.of(Viewer.READER), "partner",
                new Viewer.Scope(java.util.Set.of(strategy.id().value()), java.util.Set.of(), java.util.Set.of()));
        assertThat(goals.get(hidden.id(), partner).title()).isEqualTo("intern");
    }

    @Test
    void goalsOfAnInternalStrategyAreNotFoundForAnonymous() {
        Strategy hidden = fixtures.strategy("Intern", strategy.ownerId()).internal().create();
        Goal goal = fixtures.goal(hidden, null, "offentligt mål i intern strategi");

        assertThatThrownBy(() -> goals.get(goal.id(), Viewer.anonymous())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> goals.tree(hidden.id(), Viewer.anonymous())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deletingAGoalDeletesItsSubtree() {
        Goal a = fixtures.goal(strategy, null, "a");
        fixtures.goal(strategy, fixtures.goal(strategy, a, "b"), "c");
        Goal kept = fixtures.goal(strategy, null, "kept");

        goals.delete(a.id(), Fixtures.EDITOR);

        assertThat(repository.findByStrategy(strategy.id().value())).extracting(Goal::id).containsExactly(kept.id());
    }
}
