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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Scope {@code public}: the open subset holds what the portal publishes and nothing internal — no
 * internal strategy or goal, no internal note, no suppressed value, no draft or returned status report,
 * no review comment, no account and no audit entry (a canary of each, made here or found in the demo data).
 * It is complete: the documents of a public strategy (its files too), the children of public records,
 * and the open agenda items of the proceedings; never an internal strategy's documents, a closed agenda
 * item, or a link to an internal record.
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
    @Autowired
    dk.pejling.proceedings.ProceedingsTestData proceedings;

    @Test
    void aPublicArchiveHoldsThePublishedRecordsAndNoCanary() throws Exception {
        TestUsers.TestUser admin = users.create(Role.ADMIN);
        Viewer viewer = users.viewerOf(admin.principal());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var owner = organisations.all().get(0).id();
        // A public strategy's documents are public (anyone may download them); an internal strategy's are canaries.
        Strategy open = strategies.create(new StrategyDetails("Åben arkivstrategi " + tag, StrategyKind.PLAN, owner, null,
                new Period(null, null), LifecycleStatus.ADOPTED, null, null,
                List.of(new StrategyDetails.LinkInput(null, "Åbent dokument " + tag, "https://example.org/aaben-" + tag + ".pdf")),
                null, Visibility.PUBLIC), "aaben-" + tag, viewer);
        Strategy hidden = strategies.create(new StrategyDetails("Kanariestrategi " + tag, StrategyKind.PLAN, owner, null,
                new Period(null, null), LifecycleStatus.ADOPTED, null, null,
                List.of(new StrategyDetails.LinkInput(null, "Kanariedokument " + tag, "https://intern.example.org/kanarie-" + tag + ".pdf"),
                        new StrategyDetails.LinkInput(null, "Kanarienotat " + tag, null, true)),
                null, Visibility.INTERNAL), "kanarie-" + tag, viewer);
        byte[] openContent = ("Åbent bilag " + tag).getBytes(StandardCharsets.UTF_8);
        byte[] hiddenContent = ("Kanarieindhold " + tag).getBytes(StandardCharsets.UTF_8);
        var openDocument = strategies.attachDocument(open.id(), strategies.get(open.id(), viewer).version(), "Åbent bilag " + tag,
                "aabent-" + tag + ".txt", "text/plain", openContent.length, new java.io.ByteArrayInputStream(openContent), viewer);
        strategies.attachDocument(hidden.id(), strategies.get(hidden.id(), viewer).version(), "Kanariebilag " + tag,
                "kanarie-" + tag + ".txt", "text/plain", hiddenContent.length, new java.io.ByteArrayInputStream(hiddenContent), viewer);
        // Minutes with closed items (their texts and ids are canaries) and open ones, linked to both strategies.
        var minutes = proceedings.importWithClosedItems();
        UUID meeting = minutes.item(0).meetingId();
        List<Map<String, Object>> closedItems = jdbc.queryForList(
                "SELECT id, title, description, decision FROM agenda_item WHERE meeting_id = ? AND closed = TRUE", meeting);
        List<UUID> openItems = jdbc.queryForList("SELECT id FROM agenda_item WHERE meeting_id = ? AND closed = FALSE"
                + " ORDER BY sort_order", UUID.class, meeting);
        assertThat(closedItems).as("the minutes have closed items").isNotEmpty();
        assertThat(openItems).as("the minutes have open items").isNotEmpty();
        jdbc.update("INSERT INTO agenda_item_link (agenda_item_id, target_kind, target_id) VALUES (?, 'STRATEGY', ?)",
                openItems.get(0), open.id().value());
        jdbc.update("INSERT INTO agenda_item_link (agenda_item_id, target_kind, target_id) VALUES (?, 'STRATEGY', ?)",
                openItems.get(0), hidden.id().value());
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

        // The public strategy's documents, its file by content and in the file index; the internal one's not at all.
        assertThat(entries.text("data/strategy_link.csv")).contains("Åbent dokument " + tag, "Åbent bilag " + tag);
        assertThat(entries.entries.get("files/" + sha256(openContent))).isEqualTo(openContent);
        assertThat(entries.entries.keySet()).doesNotContain("files/" + sha256(hiddenContent));
        assertThat(entries.text("files.csv")).contains(openDocument.id().toString());
        // The open agenda items and the link to the public strategy; no closed item, no link to an internal record.
        String items = entries.text("data/agenda_item.csv");
        openItems.forEach(id -> assertThat(items).contains(id.toString()));
        assertThat(entries.text("data/agenda_item_link.csv")).contains(open.id().value().toString());
        assertThat(entries.text("data/meeting.csv")).contains(meeting.toString());

        List<String> canaries = new ArrayList<>(List.of("Kanariestrategi " + tag, "Kanariemål " + tag, "Kanarienote " + tag, "4242.42",
                "Kanariedokument " + tag, "kanarie-" + tag + ".pdf", "Kanarienotat " + tag, "Kanariebilag " + tag,
                "kanarie-" + tag + ".txt", "Kanarieindhold " + tag, hidden.id().value().toString()));
        for (Map<String, Object> closed : closedItems) {
            canaries.add(closed.get("id").toString());
            for (String column : List.of("title", "description", "decision")) {
                // Not a text that an open item of another test's import of the same minutes carries too: the
                // shared test database holds every test's meetings, and an open item's text is public.
                if (closed.get(column) instanceof String text && text.length() > 20 && jdbc.queryForObject(
                        "SELECT COUNT(*) FROM agenda_item WHERE closed = FALSE AND (title = ? OR description = ? OR decision = ?)",
                        Long.class, text, text, text) == 0) {
                    canaries.add(text);
                }
            }
        }
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

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
