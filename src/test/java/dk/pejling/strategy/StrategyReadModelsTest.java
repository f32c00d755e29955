package dk.pejling.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.Fixtures;
import dk.pejling.IntegrationTest;
import dk.pejling.SqlStatements;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import dk.pejling.organisation.Organisation;
import dk.pejling.shared.ForbiddenException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.Visibility;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the strategy pages' read models hold for the strategy's coordinator, for an editor and for a reader
 * who reads public records only: a public strategy with a public goal, its sub-goal and an internal goal,
 * and an internal strategy with a goal, all owned by a fresh organisation.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrategyReadModelsTest {

    /** Spring Data JDBC's read of one strategy row (the aggregate's root), not the small visibility query. */
    static final String STRATEGY_LOAD = "from strategy where strategy\\.id\\s*=";
    /** The read of a strategy's goals ({@code GoalRepository#findByStrategy}): the goal tree. */
    static final String GOAL_TREE = "from strategy_goal where strategy_id\\s*=";

    @Autowired
    StrategyReadModels readModels;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TestUsers users;

    String token;
    Organisation owner;
    Strategy open;
    Strategy internal;
    Goal publicGoal;
    Goal subGoal;
    Goal internalGoal;
    Goal goalOfInternal;
    Viewer coordinator;
    Viewer editor;
    Viewer reader;

    @BeforeAll
    void aPublicAndAnInternalStrategyWithGoals() {
        token = Fixtures.token();
        owner = fixtures.organisation("Læsemodel " + token);
        open = fixtures.strategy("Åben " + token, owner.id()).create();
        internal = fixtures.strategy("Intern " + token, owner.id()).internal().create();
        publicGoal = fixtures.goal(open, null, "Offentligt mål " + token);
        subGoal = fixtures.goal(open, publicGoal, "Delmål " + token);
        internalGoal = fixtures.goal(open, null, "Internt mål " + token, Visibility.INTERNAL);
        goalOfInternal = fixtures.goal(internal, null, "Mål i intern strategi " + token);
        coordinator = users.viewerOf(users.coordinator(owner.id().value(), open.id().value(), internal.id().value()).principal());
        editor = users.viewerOf(users.create(Role.EDITOR).principal());
        reader = users.viewerOf(users.create(Role.READER).principal());
    }

    @Test
    void theCoordinatorSeesEveryGoalAndIsOfferedTheChanges() {
        StrategyPage page = readModels.strategy(open.id(), coordinator);

        assertThat(page.canEdit()).isTrue();
        assertThat(goalIds(page.overview().goals())).containsExactlyInAnyOrder(publicGoal.id(), subGoal.id(), internalGoal.id());
        assertThat(page.overview().owner().id()).isEqualTo(owner.id());
        assertThat(page.links()).extracting(StrategyPageLinks.PageLink::href)
                .contains("/strategier/" + open.id().value() + "/aarsberetning");
    }

    @Test
    void aReaderWithoutAccessSeesThePublicGoalsOnlyAndNoChanges() {
        StrategyPage page = readModels.strategy(open.id(), reader);

        assertThat(page.canEdit()).isFalse();
        assertThat(goalIds(page.overview().goals())).containsExactlyInAnyOrder(publicGoal.id(), subGoal.id());
        assertThat(page.documentNotes()).isEmpty();
    }

    @Test
    void anInternalStrategyAndItsGoalsAreNotFoundForAReaderWithoutAccess() {
        assertThatThrownBy(() -> readModels.strategy(internal.id(), reader)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> readModels.goalForm(goalOfInternal.id(), reader)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> readModels.goalForm(internalGoal.id(), reader)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> readModels.newGoalForm(internal.id(), reader)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> readModels.strategyForm(internal.id(), reader)).isInstanceOf(NotFoundException.class);

        assertThat(goalIds(readModels.strategy(internal.id(), coordinator).overview().goals()))
                .containsExactly(goalOfInternal.id());
    }

    @Test
    void theStartPageListsTheInternalStrategyOnlyForThoseWhoReadIt() {
        StrategyListPage.Query query = new StrategyListPage.Query(token, null, null, null, null, 0);

        StrategyListPage forReader = readModels.strategies(query, reader);
        StrategyListPage forCoordinator = readModels.strategies(query, coordinator);

        assertThat(forReader.total()).isEqualTo(1);
        assertThat(forReader.groups().get(owner.name())).extracting(StrategySummary::id).containsExactly(open.id().value());
        assertThat(forCoordinator.total()).isEqualTo(2);
        assertThat(forCoordinator.groups().get(owner.name())).extracting(StrategySummary::id)
                .containsExactlyInAnyOrder(open.id().value(), internal.id().value());
        assertThat(forCoordinator.pages()).isEqualTo(1);
        assertThat(forCoordinator.query()).isEqualTo(query);
        assertThat(forCoordinator.organisations()).extracting(Organisation::id).contains(owner.id());
    }

    @Test
    void theStrategyFormsAreForThoseWhoMayUseThem() {
        assertThatThrownBy(() -> readModels.newStrategyForm(reader)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> readModels.strategyForm(open.id(), reader)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> readModels.strategyForm(open.id(), editor)).isInstanceOf(ForbiddenException.class);

        StrategyFormPage fresh = readModels.newStrategyForm(editor);
        StrategyFormPage edit = readModels.strategyForm(open.id(), coordinator);

        assertThat(fresh.strategy()).isNull();
        assertThat(fresh.otherStrategies()).extracting(StrategySummary::id).as("hidden from an editor of another organisation")
                .doesNotContain(internal.id().value());
        assertThat(edit.strategy().id()).isEqualTo(open.id());
        assertThat(edit.otherStrategies()).extracting(StrategySummary::id).as("never itself")
                .doesNotContain(open.id().value());
    }

    @Test
    void theGoalFormsOfferTheVisibleGoalsAsParentsButNeverTheGoalsOwnSubtree() {
        assertThatThrownBy(() -> readModels.newGoalForm(open.id(), reader)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> readModels.goalForm(publicGoal.id(), reader)).isInstanceOf(ForbiddenException.class);

        GoalFormPage fresh = readModels.newGoalForm(open.id(), coordinator);
        GoalFormPage edit = readModels.goalForm(publicGoal.id(), coordinator);

        assertThat(fresh.goal()).isNull();
        assertThat(fresh.parents()).extracting(GoalNode.Option::id)
                .containsExactlyInAnyOrder(publicGoal.id().value(), subGoal.id().value(), internalGoal.id().value());
        assertThat(edit.goal().id()).isEqualTo(publicGoal.id());
        assertThat(edit.strategy().id()).isEqualTo(open.id());
        assertThat(edit.parents()).extracting(GoalNode.Option::id).containsExactly(internalGoal.id().value());
    }

    @Test
    void eachPageReadsTheStrategyAndItsGoalsOnce() {
        SqlStatements show = SqlStatements.of(() -> readModels.strategy(open.id(), coordinator)).sql();
        SqlStatements goalForm = SqlStatements.of(() -> readModels.goalForm(subGoal.id(), coordinator)).sql();
        SqlStatements newGoalForm = SqlStatements.of(() -> readModels.newGoalForm(open.id(), coordinator)).sql();
        SqlStatements editForm = SqlStatements.of(() -> readModels.strategyForm(open.id(), coordinator)).sql();

        for (SqlStatements page : List.of(show, goalForm, newGoalForm, editForm)) {
            assertThat(page.matching(STRATEGY_LOAD)).as("the strategy loaded, among:\n%s", page).hasSize(1);
        }
        for (SqlStatements page : List.of(show, goalForm, newGoalForm)) {
            assertThat(page.matching(GOAL_TREE)).as("the goal tree read, among:\n%s", page).hasSize(1);
        }
    }

    private static List<GoalId> goalIds(List<GoalNode> forest) {
        List<GoalId> ids = new ArrayList<>();
        forest.forEach(root -> GoalNode.flatten(root).forEach(g -> ids.add(g.id())));
        return ids;
    }
}
