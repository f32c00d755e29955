package dk.pejling.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import dk.pejling.initiative.RoundApi;
import dk.pejling.shared.ForbiddenException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.StrategyId;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the indicator pages' read models hold for coordinators and a reader: a public strategy with a public
 * and an internal goal, a second strategy with an internal goal, an indicator of the public goal with one value,
 * and an indicator shared by the two internal goals.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorReadModelsTest {

    @Autowired
    IndicatorReadModels readModels;
    @Autowired
    RoundApi api;
    @Autowired
    TestUsers users;

    Viewer coordinator;
    Viewer coordinatorOfTheFirstOnly;
    Viewer reader;
    StrategyId strategy;
    UUID publicGoal;
    UUID internalGoal;
    UUID otherStrategysInternalGoal;
    IndicatorId publicIndicator;
    IndicatorId sharedIndicator;

    @BeforeAll
    void indicatorsOfPublicAndInternalGoals() throws Exception {
        RoundApi.Setup setup = api.coordinator();
        String strategyId = api.strategy(setup, "PUBLIC");
        strategy = new StrategyId(UUID.fromString(strategyId));
        publicGoal = UUID.fromString(api.goal(setup, strategyId, "PUBLIC"));
        internalGoal = UUID.fromString(api.goal(setup, strategyId, "INTERNAL"));
        otherStrategysInternalGoal = UUID.fromString(api.goal(setup, api.strategy(setup, "PUBLIC"), "INTERNAL"));
        publicIndicator = indicator(setup, publicGoal);
        sharedIndicator = indicator(setup, internalGoal, otherStrategysInternalGoal);
        var value = api.call(post("/api/v1/indicators/" + publicIndicator.value() + "/measurements"), setup.coordinator(),
                "{\"period\": \"2025\", \"value\": 71.5}");
        assertThat(value.getResponse().getStatus()).as(value.getResponse().getContentAsString()).isIn(200, 201);
        coordinator = users.viewerOf(setup.coordinator().principal());
        // of no organisation: the police's own people read the internal records of both strategies the police own
        coordinatorOfTheFirstOnly = users.viewerOf(users.coordinator(null, strategy.value()).principal());
        reader = users.viewerOf(users.create(Role.READER).principal());
    }

    private IndicatorId indicator(RoundApi.Setup setup, UUID... goals) throws Exception {
        String links = String.join(", ", java.util.Arrays.stream(goals).map(g -> "{\"goalId\": \"" + g + "\"}").toList());
        return new IndicatorId(UUID.fromString(JsonPath.read(api.call(post("/api/v1/indicators"), setup.coordinator(), """
                {"name": "Andel trygge", "unit": "PERCENT", "direction": "HIGHER_IS_BETTER", "visibility": "PUBLIC",
                 "goals": [%s]}""".formatted(links)).getResponse().getContentAsString(), "$.id")));
    }

    @Test
    void aReaderSeesThePublicIndicatorsValuesAndIsOfferedNoForms() {
        IndicatorPage page = readModels.indicatorPage(publicIndicator, Locale.forLanguageTag("da"), reader);

        assertThat(page.goals()).extracting(g -> g.id().value()).containsExactly(publicGoal);
        assertThat(page.current()).hasSize(1);
        assertThat(page.history()).isEmpty();
        assertThat(page.canEdit()).isFalse();
        assertThat(page.canEnterData()).isFalse();
        assertThat(page.chart()).contains("<svg");
    }

    @Test
    void anIndicatorOfInternalGoalsIsNotFoundForAReader() {
        assertThatThrownBy(() -> readModels.indicatorPage(sharedIndicator, Locale.forLanguageTag("da"), reader))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCoordinatorOfOneStrategySeesOnlyItsGoalOfASharedIndicator() {
        IndicatorPage page = readModels.indicatorPage(sharedIndicator, Locale.forLanguageTag("da"), coordinatorOfTheFirstOnly);

        assertThat(page.goals()).extracting(g -> g.id().value()).containsExactly(internalGoal);
    }

    @Test
    void theCoordinatorOfBothSeesBothGoalsAndMayDefineAndEnterValues() {
        IndicatorPage page = readModels.indicatorPage(sharedIndicator, Locale.forLanguageTag("da"), coordinator);

        assertThat(page.goals()).extracting(g -> g.id().value())
                .containsExactlyInAnyOrder(internalGoal, otherStrategysInternalGoal);
        assertThat(page.canEdit()).isTrue();
        assertThat(page.canEnterData()).isTrue();
    }

    @Test
    void theFormsOfferTheHomeStrategysGoalsToWhoMayDefine() {
        IndicatorFormPage fresh = readModels.newIndicatorForm(strategy, coordinator);
        IndicatorFormPage edit = readModels.indicatorForm(publicIndicator, coordinator);

        assertThat(fresh.strategy().id()).isEqualTo(strategy);
        assertThat(fresh.indicator()).isNull();
        assertThat(fresh.goalOptions()).extracting(o -> o.id()).contains(publicGoal, internalGoal);
        assertThat(edit.indicator().id()).isEqualTo(publicIndicator);
        assertThat(edit.strategy().id()).as("the strategy of its first goal").isEqualTo(strategy);
        assertThat(edit.goalOptions()).extracting(o -> o.id()).isEqualTo(fresh.goalOptions().stream().map(o -> o.id()).toList());
    }

    @Test
    void theFormsAreRefusedAsTheirPagesWereAndWhatTheReaderMayNotSeeIsNotFoundFirst() {
        assertThatThrownBy(() -> readModels.newIndicatorForm(strategy, reader)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> readModels.indicatorForm(publicIndicator, reader)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> readModels.indicatorForm(sharedIndicator, reader)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> readModels.newIndicatorForm(new StrategyId(UUID.randomUUID()), reader))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void numbersAreWrittenTheDanishWayOnlyOnDanishPages() {
        assertThat(readModels.indicatorPage(publicIndicator, Locale.forLanguageTag("da"), reader).danish()).isTrue();
        assertThat(readModels.indicatorPage(publicIndicator, Locale.ENGLISH, reader).danish()).isFalse();
    }

    @Test
    void theResultsOfTheAskedYearCountEveryGoalTheViewerMaySee() {
        ResultsPage forReader = readModels.strategyResults(strategy, 2025, RollupMethod.ALL_OR_SOME, reader);
        ResultsPage forCoordinator = readModels.strategyResults(strategy, 2025, RollupMethod.ALL_OR_SOME, coordinator);

        assertThat(forReader.year()).isEqualTo(2025);
        assertThat(forReader.results()).extracting(GoalAttainment::goalId).containsExactly(publicGoal);
        assertThat(forCoordinator.results()).extracting(GoalAttainment::goalId)
                .containsExactlyInAnyOrder(publicGoal, internalGoal);
        assertThat(forReader.summary().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
        assertThat(forCoordinator.summary().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
        assertThat(forReader.canEdit()).isFalse();
        assertThat(forCoordinator.canEdit()).isTrue();
    }

    @Test
    void theResultsPageReadsTheStrategyAndItsGoalsOnce() {
        dk.pejling.SqlStatements sql = dk.pejling.SqlStatements.of(
                () -> readModels.strategyResults(strategy, 2025, RollupMethod.ALL_OR_SOME, coordinator)).sql();
        assertThat(sql.matching("from strategy where strategy\\.id\\s*=")).as("the strategy loaded, among:\n%s", sql)
                .hasSize(1);
        assertThat(sql.matching("from strategy_goal where strategy_id\\s*=")).as("the goal tree read, among:\n%s", sql)
                .hasSize(1);
    }
}
