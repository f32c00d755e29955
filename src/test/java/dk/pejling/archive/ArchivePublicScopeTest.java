package dk.pejling.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import dk.pejling.indicator.Direction;
import dk.pejling.indicator.Frequency;
import dk.pejling.indicator.GoalLink;
import dk.pejling.indicator.Indicator;
import dk.pejling.indicator.IndicatorDetails;
import dk.pejling.indicator.IndicatorService;
import dk.pejling.indicator.MeasurementInput;
import dk.pejling.indicator.MeasurementPeriod;
import dk.pejling.indicator.MeasurementService;
import dk.pejling.indicator.Unit;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.Period;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.Goal;
import dk.pejling.strategy.GoalDetails;
import dk.pejling.strategy.GoalKind;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.LifecycleStatus;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyDetails;
import dk.pejling.strategy.StrategyKind;
import dk.pejling.strategy.StrategyService;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Scope {@code public}: the open subset holds what the portal publishes and nothing internal — no
 * internal strategy or goal, no internal note, no suppressed value, no draft or returned status report,
 * no review comment, no account and no audit entry (a canary of each, made here or found in the demo data).
 */
@IntegrationTest
class ArchivePublicScopeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StrategyService strategies;
    @Autowired
    GoalService goals;
    @Autowired
    IndicatorService indicators;
    @Autowired
    MeasurementService measurements;
    @Autowired
    OrganisationService organisations;

    @Test
    void aPublicArchiveHoldsThePublishedRecordsAndNoCanary() throws Exception {
        TestUsers.TestUser admin = users.create(Role.ADMIN);
        Viewer viewer = users.viewerOf(admin.principal());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var owner = organisations.all().get(0).id();
        // The portal shows no strategy's documents, so a public strategy's documents are canaries too.
        Strategy open = strategies.create(new StrategyDetails("Åben arkivstrategi " + tag, StrategyKind.PLAN, owner, null,
                new Period(null, null), LifecycleStatus.ADOPTED, null, null,
                List.of(new StrategyDetails.LinkInput(null, "Kanariedokument " + tag, "https://intern.example.org/kanarie-" + tag + ".pdf"),
                        new StrategyDetails.LinkInput(null, "Kanarienotat " + tag, null, true)),
                null, Visibility.PUBLIC), "aaben-" + tag, viewer);
        Strategy hidden = strategies.create(new StrategyDetails("Kanariestrategi " + tag, StrategyKind.PLAN, owner, null,
                new Period(null, null), LifecycleStatus.ADOPTED, null, null, null, null, Visibility.INTERNAL), "kanarie-" + tag, viewer);
        Goal openGoal = goals.create(open.id(), new GoalDetails(null, "1", GoalKind.GOAL, "Åbent arkivmål " + tag, null, null,
                Visibility.PUBLIC), viewer);
        goals.create(open.id(), new GoalDetails(null, "2", GoalKind.GOAL, "Kanariemål " + tag, null, null, Visibility.INTERNAL), viewer);
        Indicator indicator = indicators.create(new IndicatorDetails("Åben arkivindikator " + tag, null, Unit.COUNT, 2,
                Direction.HIGHER_IS_BETTER, Frequency.YEAR, null, null, null, null, Visibility.PUBLIC,
                List.of(new GoalLink(openGoal.id().value(), BigDecimal.ONE)), null, null), "aaben-ind-" + tag, viewer);
        var shown = measurements.add(indicator.id(), new MeasurementInput(MeasurementPeriod.of("2020"), null,
                new BigDecimal("1234.5"), 400, null, null, "Kanarienote " + tag, null, null, null), viewer);
        var suppressed = measurements.add(indicator.id(), new MeasurementInput(MeasurementPeriod.of("2021"), null,
                new BigDecimal("4242.42"), 3, null, null, null, null, null, null), viewer);

        byte[] zip = mvc.perform(post("/api/v1/admin/archives").param("scope", "public").header("Authorization", admin.bearer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        ZipEntries entries = ZipEntries.of(zip);

        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(entries.entries.get("manifest.json"))
                .path("scope").asString()).isEqualTo("public");
        assertThat(entries.text("data/strategy.csv")).contains(open.id().value().toString()).doesNotContain(hidden.id().value().toString());
        assertThat(entries.text("data/strategy_goal.csv")).contains(openGoal.id().value().toString());
        assertThat(entries.text("data/indicator_measurement.csv")).contains(shown.id().toString())
                .doesNotContain(suppressed.id().toString());
        assertThat(CsvRows.parse(entries.text("data/access_user.csv"))).as("no accounts").hasSize(1);
        assertThat(entries.entries.keySet()).noneMatch(n -> n.startsWith("audit/"));

        assertThat(entries.entries.keySet()).as("no document's file").noneMatch(n -> n.startsWith("files/"));
        if (entries.entries.containsKey("files.csv")) {
            assertThat(CsvRows.parse(entries.text("files.csv"))).as("no document in the file index").hasSize(1);
        }
        List<String> canaries = new ArrayList<>(List.of("Kanariestrategi " + tag, "Kanariemål " + tag, "Kanarienote " + tag, "4242.42",
                "Kanariedokument " + tag, "kanarie-" + tag + ".pdf", "Kanarienotat " + tag));
        // Drafts and returned reports, and every review comment, of the demo data.
        canaries.addAll(jdbc.queryForList("SELECT comment FROM status_report WHERE state <> 'APPROVED' AND comment IS NOT NULL"
                + " AND LENGTH(comment) > 20", String.class));
        canaries.addAll(jdbc.queryForList("SELECT review_comment FROM status_report WHERE review_comment IS NOT NULL"
                + " AND LENGTH(review_comment) > 20", String.class));
        // Internal strategies' titles, but not one that another test gave a public strategy too ("Anden", "Målträ"):
        // the shared test database holds every test's records, and a title is not a secret when a public record has it.
        canaries.addAll(jdbc.queryForList("SELECT i.title FROM strategy i WHERE i.visibility = 'INTERNAL' AND NOT EXISTS"
                + " (SELECT 1 FROM strategy p WHERE p.visibility = 'PUBLIC' AND p.title LIKE '%' || i.title || '%')", String.class));
        for (var entry : entries.entries.entrySet()) {
            String text = new String(entry.getValue(), StandardCharsets.UTF_8);
            for (String canary : canaries) {
                assertThat(text).as(entry.getKey() + " holds no internal text").doesNotContain(canary);
            }
        }
    }
}
