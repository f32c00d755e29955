package dk.pejling.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.TestUsers.TestUser;
import dk.pejling.access.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Canaries for the overview: an internal strategy, an internal goal of a public strategy and an
 * internal initiative in a public round are listed and counted for those who may read them, and
 * neither listed nor counted — in the JSON, the page or the PDF — for anyone else.
 */
@IntegrationTest
class OverviewCanaryTest {

    private static final int YEAR = 2024;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    dk.pejling.report.render.ReportRenderer renderer;

    TestUser admin;
    TestUser outsider;
    TestUser reader;
    String politi;
    String tag;

    @BeforeEach
    void users() throws Exception {
        politi = organisation("Nordjyllands Politi");
        admin = users.create(Role.ADMIN);
        outsider = users.create(Role.EDITOR, UUID.fromString(organisation("Region Nordjylland")));
        reader = users.create(Role.READER, UUID.fromString(politi));
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void internalStrategiesGoalsAndInitiativesNeverCountForThoseWhoMayNotSeeThem() throws Exception {
        Map<String, Object> anonBefore = totals(overview(null));
        Map<String, Object> outsiderBefore = totals(overview(outsider));

        String hidden = create("/api/v1/strategies", """
                {"title": "Kanarieintern %s", "kind": "PLAN", "ownerId": "%s", "status": "ADOPTED", "visibility": "INTERNAL"}"""
                .formatted(tag, politi));
        create("/api/v1/goals", """
                {"strategyId": "%s", "code": "1", "kind": "GOAL", "title": "Kanariemål %s"}""".formatted(hidden, tag));
        String open = create("/api/v1/strategies", """
                {"title": "Kanarieåben %s", "kind": "PLAN", "ownerId": "%s", "status": "ADOPTED", "visibility": "PUBLIC"}"""
                .formatted(tag, politi));
        create("/api/v1/goals", """
                {"strategyId": "%s", "code": "1", "kind": "GOAL", "title": "Offentligt mål"}""".formatted(open));
        create("/api/v1/goals", """
                {"strategyId": "%s", "code": "2", "kind": "GOAL", "title": "Kanariemål intern %s", "visibility": "INTERNAL"}"""
                .formatted(open, tag));
        create("/api/v1/initiatives", """
                {"strategyId": "%s", "number": "1.1", "kind": "INITIATIVE", "title": "Offentlig indsats", "responsibleId": "%s"}"""
                .formatted(open, politi));
        create("/api/v1/initiatives", """
                {"strategyId": "%s", "number": "1.2", "kind": "INITIATIVE", "title": "Kanarieindsats %s", "responsibleId": "%s",
                 "visibility": "INTERNAL"}""".formatted(open, tag, politi));
        create("/api/v1/reporting-rounds", """
                {"strategyId": "%s", "title": "Status pr. 1. januar", "asOf": "2026-01-01", "dueDate": "2026-01-15"}"""
                .formatted(open));

        for (TestUser who : new TestUser[] {null, outsider}) {
            String json = overview(who);
            assertThat(json).doesNotContain(hidden).doesNotContain("Kanarieintern").doesNotContain("Kanariemål");
            Map<String, Object> row = row(json, open);
            assertThat(row.get("verdicts")).as("only the public goal counts").isEqualTo(
                    Map.of("reached", 0, "partlyReached", 0, "notReached", 0, "notMeasured", 1));
            Map<String, Object> round = ((List<Map<String, Object>>) row.get("openRounds")).get(0);
            assertThat(round).as("only the public initiative counts, and it is overdue")
                    .containsEntry("initiatives", 1).containsEntry("reported", 0).containsEntry("overdue", 1);
            assertThat(totals(json)).as("totals grow by the public goal only")
                    .isEqualTo(plusOneNotMeasured(who == null ? anonBefore : outsiderBefore));
            String page = page(who);
            assertThat(page).contains("Kanarieåben").doesNotContain("Kanarieintern").doesNotContain(hidden);
            assertThat(pdfText(who)).contains("Kanarieåben").doesNotContain("Kanarieintern");
        }

        String json = overview(reader);
        assertThat(row(json, hidden).get("verdicts")).isEqualTo(
                Map.of("reached", 0, "partlyReached", 0, "notReached", 0, "notMeasured", 1));
        assertThat(row(json, open).get("verdicts")).as("the partner's reader counts the internal goal too").isEqualTo(
                Map.of("reached", 0, "partlyReached", 0, "notReached", 0, "notMeasured", 2));
        assertThat(((List<Map<String, Object>>) row(json, open).get("openRounds")).get(0)).containsEntry("initiatives", 2);
    }

    @Test
    void filtersByThemeAndRefusesABadYear() throws Exception {
        String themed = create("/api/v1/strategies", """
                {"title": "Temastrategi %s", "kind": "PLAN", "ownerId": "%s", "status": "ADOPTED", "visibility": "PUBLIC",
                 "themes": ["Kanarietema %s"]}""".formatted(tag, politi, tag));
        String other = create("/api/v1/strategies", """
                {"title": "Utematiseret %s", "kind": "PLAN", "ownerId": "%s", "status": "ADOPTED", "visibility": "PUBLIC"}"""
                .formatted(tag, politi));
        String json = mvc.perform(get("/api/v1/overview").param("year", String.valueOf(YEAR))
                .param("theme", "kanarietema " + tag)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains(themed).doesNotContain(other);
        assertThat(mvc.perform(get("/api/v1/overview").param("year", "12")).andReturn().getResponse().getStatus())
                .isEqualTo(400);
        assertThat(mvc.perform(get("/oversigt").param("year", "12")).andReturn().getResponse().getStatus())
                .isEqualTo(400);
    }

    @Test
    void thePdfOfThirtyStrategiesWithTheirOpenRoundsFitsOnOnePage() throws Exception {
        List<Overview.StrategyRow> rows = new java.util.ArrayList<>();
        Overview.Verdicts verdicts = new Overview.Verdicts(3, 2, 4, 11);
        for (int i = 1; i <= 30; i++) {
            rows.add(new Overview.StrategyRow(UUID.randomUUID(), "Tryg Aalborg – en mere tryg kommune, plan " + i,
                    "Familie- og Beskæftigelsesforvaltningen", List.of("Tryghed"), verdicts, verdicts,
                    List.of(new Overview.OpenRound(UUID.randomUUID(), "Status pr. 1. marts 2026",
                                    java.time.LocalDate.of(2026, 3, 15), 40, 31, 20, 9))));
        }
        Overview doc = new Overview(2025, null, null, java.time.Instant.now(), rows, verdicts, verdicts, List.of());
        byte[] pdf = renderer.overview(doc, ReportFormat.PDF, Locale.of("da"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("plan 30", "Overblik over målene 2025");
        }
    }

    private static Map<String, Object> plusOneNotMeasured(Map<String, Object> totals) {
        Map<String, Object> result = new java.util.HashMap<>(totals);
        result.put("notMeasured", (Integer) totals.get("notMeasured") + 1);
        return result;
    }

    private String overview(TestUser who) throws Exception {
        return call(get("/api/v1/overview").param("year", String.valueOf(YEAR)), who).getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String page(TestUser who) throws Exception {
        var request = get("/oversigt").param("year", String.valueOf(YEAR));
        if (who != null) {
            request.session(dk.pejling.WebSessions.signIn(mvc, who.principal().username(), "a-long-test-password"));
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String pdfText(TestUser who) throws Exception {
        byte[] pdf = call(get("/api/v1/overview/pdf").param("year", String.valueOf(YEAR)), who).getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static Map<String, Object> totals(String json) {
        return JsonPath.read(json, "$.total");
    }

    private static Map<String, Object> row(String json, String id) {
        List<Map<String, Object>> rows = JsonPath.read(json, "$.strategies[?(@.id == '" + id + "')]");
        assertThat(rows).as("row of " + id).hasSize(1);
        return rows.get(0);
    }

    private String create(String path, String body) throws Exception {
        var result = call(post(path).contentType(MediaType.APPLICATION_JSON).content(body), admin);
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isIn(200, 201);
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    private org.springframework.test.web.servlet.MvcResult call(MockHttpServletRequestBuilder request, TestUser who)
            throws Exception {
        if (who != null) {
            request.header("Authorization", who.bearer());
        }
        return mvc.perform(request).andReturn();
    }

    private String organisation(String name) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/organisations").param("q", name)).andReturn().getResponse()
                .getContentAsString(), "$.items[0].id");
    }
}
