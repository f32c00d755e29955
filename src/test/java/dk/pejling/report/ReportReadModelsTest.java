package dk.pejling.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.Fixtures;
import dk.pejling.IntegrationTest;
import dk.pejling.SqlStatements;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import dk.pejling.initiative.InitiativeDetails;
import dk.pejling.initiative.InitiativeKind;
import dk.pejling.initiative.InitiativeService;
import dk.pejling.initiative.ReportingRound;
import dk.pejling.initiative.ReportingRoundService;
import dk.pejling.organisation.Organisation;
import dk.pejling.shared.ForbiddenException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyService;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the report pages' read models hold for the strategy's coordinator and for a reader who reads public
 * records only: a public strategy with a public and an internal main goal and a reporting round, and an
 * internal strategy, both owned by a fresh organisation; and how often a page reads the strategy.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportReadModelsTest {

    /** Spring Data JDBC's read of one strategy row (the aggregate's root), not the small visibility query. */
    static final String STRATEGY_LOAD = "from strategy where strategy\\.id\\s*=";
    /** The read of a strategy's goals ({@code GoalRepository#findByStrategy}): the goal tree. */
    static final String GOAL_TREE = "from strategy_goal where strategy_id\\s*=";

    @Autowired
    ReportReadModels readModels;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    ReportingRoundService rounds;
    @Autowired
    StrategyService strategies;
    @Autowired
    InitiativeService initiatives;

    String token;
    Organisation owner;
    Strategy open;
    Strategy internal;
    ReportingRound round;
    Viewer coordinator;
    Viewer reader;

    @BeforeAll
    void aPublicAndAnInternalStrategy() {
        token = Fixtures.token();
        owner = fixtures.organisation("Rapportmodel " + token);
        open = fixtures.strategy("Åben rapport " + token, owner.id()).period(LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 31))
                .create();
        internal = fixtures.strategy("Intern rapport " + token, owner.id()).period(LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 31))
                .internal().create();
        fixtures.goal(open, null, "Offentligt hovedmål " + token);
        fixtures.goal(open, null, "Internt hovedmål " + token, Visibility.INTERNAL);
        coordinator = users.viewerOf(users.coordinator(owner.id().value(), open.id().value(), internal.id().value()).principal());
        reader = users.viewerOf(users.create(Role.READER).principal());
        initiatives.create(open.id(), new InitiativeDetails(null, "1", InitiativeKind.ACTION, "Indsats " + token, null, null,
                null, null, null, owner.id().value(), null, null, null, List.of(), List.of(), List.of(), List.of(), 0,
                Visibility.PUBLIC), Fixtures.EDITOR);
        round = rounds.open(open.id(), "Runde " + token, LocalDate.of(2020, 6, 30), LocalDate.of(2020, 8, 31), coordinator);
    }

    @Test
    void theAnnualReportHoldsTheInternalGoalOnlyForTheCoordinatorWhoAloneMayWriteItsTexts() {
        AnnualReportPage forCoordinator = readModels.annualReport(open.id(), 2020, "2020-12-31", coordinator);
        AnnualReportPage forReader = readModels.annualReport(open.id(), 2020, null, reader);

        assertThat(forCoordinator.report().mainGoals()).extracting(AnnualReportDocument.MainGoal::title)
                .containsExactlyInAnyOrder("Offentligt hovedmål " + token, "Internt hovedmål " + token);
        assertThat(forReader.report().mainGoals()).extracting(AnnualReportDocument.MainGoal::title)
                .containsExactly("Offentligt hovedmål " + token);
        assertThat(forCoordinator.canEdit()).isTrue();
        assertThat(forReader.canEdit()).isFalse();
        assertThat(forCoordinator.year()).isEqualTo(2020);
        assertThat(forCoordinator.fileBase())
                .isEqualTo("/rapporter/aarsberetning?strategy=" + open.id().value() + "&year=2020&asOf=2020-12-31");
        assertThat(forReader.asOf()).isEmpty();
        assertThat(forCoordinator.asOfText(Locale.forLanguageTag("da"))).isEqualTo("31. december 2020 kl. 23.59");
    }

    @Test
    void withoutAYearTheAnnualReportIsOfTheLastYearOfThePeriodThatHasEnded() {
        assertThat(readModels.annualReport(open.id(), null, null, reader).year()).isEqualTo(2022);
    }

    @Test
    void theTextsFormIsTheCoordinatorsAndNamesEveryMainGoalTheyRead() {
        assertThatThrownBy(() -> readModels.reportTexts(open.id(), 2020, reader)).isInstanceOf(ForbiddenException.class);

        ReportTextsPage page = readModels.reportTexts(open.id(), 2020, coordinator);

        assertThat(page.strategy().id()).isEqualTo(open.id());
        assertThat(page.year()).isEqualTo(2020);
        assertThat(page.sections()).extracting(ReportTextService.Section::goalLabel)
                .contains("Offentligt hovedmål " + token, "Internt hovedmål " + token);
    }

    @Test
    void theStatusReportPageIsOfTheRoundOfThatStrategyOnly() {
        StatusReportPage page = readModels.statusReport(open.id(), round.id(), "2020-12-31", reader);

        assertThat(page.strategy().id()).isEqualTo(open.id());
        assertThat(page.report().roundTitle()).isEqualTo("Runde " + token);
        assertThat(page.fileBase()).isEqualTo("/rapporter/status?strategy=" + open.id().value() + "&round=" + round.id()
                + "&asOf=2020-12-31");
        assertThatThrownBy(() -> readModels.statusReport(internal.id(), round.id(), null, coordinator))
                .as("a round under another strategy's address").isInstanceOf(NotFoundException.class);
    }

    @Test
    void anInternalStrategysReportsAreNotFoundForAReaderWithoutAccess() {
        assertThatThrownBy(() -> readModels.annualReport(internal.id(), 2020, null, reader)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> readModels.reportTexts(internal.id(), 2020, reader)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> readModels.statusReport(internal.id(), UUID.randomUUID(), null, reader))
                .isInstanceOf(NotFoundException.class);

        assertThat(readModels.annualReport(internal.id(), 2020, null, coordinator).report().strategyTitle())
                .isEqualTo("Intern rapport " + token);
    }

    @Test
    void theOverviewListsTheInternalStrategyOnlyForThoseWhoReadIt() {
        OverviewPage forReader = readModels.overview(2020, owner.id().value(), null, reader);
        OverviewPage forCoordinator = readModels.overview(2020, owner.id().value(), null, coordinator);

        assertThat(forReader.report().strategies()).extracting(Overview.StrategyRow::id).containsExactly(open.id().value());
        assertThat(forCoordinator.report().strategies()).extracting(Overview.StrategyRow::id)
                .containsExactlyInAnyOrder(open.id().value(), internal.id().value());
        assertThat(forCoordinator.report().strategies()).filteredOn(r -> r.id().equals(open.id().value()))
                .singleElement().satisfies(r -> assertThat(r.openRounds()).extracting(Overview.OpenRound::id).containsExactly(round.id()));
        assertThat(forReader.organisations()).extracting(Organisation::id).contains(owner.id());
        assertThat(forReader.pdfLink()).isEqualTo("/oversigt/pdf?year=2020&organisation=" + owner.id().value());
    }

    /** The "the status page loads the same strategy six times": each report page now reads it once. */
    @Test
    void eachReportPageReadsTheStrategyAndItsGoalsOnce() {
        Strategy plan = strategies.getBySlug("baeredygtighedsplan-2017-20", Fixtures.READER);
        ReportingRound demoRound = rounds.ofStrategy(plan.id(), Fixtures.READER).get(0);
        Strategy annual = strategies.getBySlug("maal-og-strategier-2018", Fixtures.READER);
        Strategy tryg = strategies.getBySlug("tryg-aalborg-2014-2017", Fixtures.READER);

        SqlStatements status = SqlStatements.of(() -> readModels.statusReport(plan.id(), demoRound.id(), null, Fixtures.READER)).sql();
        SqlStatements annualReport = SqlStatements.of(() -> readModels.annualReport(annual.id(), 2018, null, Fixtures.READER)).sql();
        SqlStatements withIndex = SqlStatements.of(() -> readModels.annualReport(tryg.id(), 2017, null, Fixtures.READER)).sql();
        SqlStatements texts = SqlStatements.of(() -> readModels.reportTexts(open.id(), 2020, coordinator)).sql();

        for (SqlStatements page : List.of(status, annualReport, withIndex, texts)) {
            assertThat(page.matching(STRATEGY_LOAD)).as("the strategy loaded, among:\n%s", page).hasSize(1);
            assertThat(page.matching(GOAL_TREE)).as("the goal tree read, among:\n%s", page).hasSize(1);
        }
    }

    @Test
    void theOverviewReadsEachStrategyAndItsGoalsOnce() {
        SqlStatements.Run<OverviewPage> run = SqlStatements.of(() -> readModels.overview(2018, null, null, Fixtures.READER));
        int listed = run.result().report().strategies().size();

        assertThat(listed).isPositive();
        assertThat(run.sql().matching(STRATEGY_LOAD)).as("among:\n%s", run.sql()).hasSize(listed);
        assertThat(run.sql().matching(GOAL_TREE)).as("among:\n%s", run.sql()).hasSize(listed);
    }
}
