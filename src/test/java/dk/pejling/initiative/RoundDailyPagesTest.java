package dk.pejling.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.TestUsers.TestUser;
import dk.pejling.WebSessions;
import dk.pejling.access.Role;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A coordinator's and an owner's day with rounds, through the pages, in Danish. */
@IntegrationTest
class RoundDailyPagesTest {

    private static final String PASSWORD = "a-long-test-password";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    TestUser coordinator;
    TestUser owner;
    String strategy;
    String first;
    String second;

    @BeforeEach
    void aStrategyWithTwoInitiatives() throws Exception {
        String politi = JsonPath.read(mvc.perform(get("/api/v1/organisations").param("q", "Nordjyllands Politi"))
                .andReturn().getResponse().getContentAsString(), "$.items[0].id");
        // an organisation of its own, so no other test's open round gives the owner a task
        String unit = api(post("/api/v1/organisations"), users.create(Role.ADMIN), """
                {"name": "Rundeenhed %s", "kind": "UNIT", "parentId": "%s"}""".formatted(UUID.randomUUID(), politi));
        coordinator = users.create(Role.EDITOR, UUID.fromString(unit));
        owner = users.create(Role.EDITOR, UUID.fromString(unit));
        strategy = api(post("/api/v1/strategies"), coordinator, """
                {"title": "Dagligrunder %s", "kind": "PLAN", "ownerId": "%s", "status": "ADOPTED", "visibility": "PUBLIC"}"""
                .formatted(UUID.randomUUID(), unit));
        first = api(post("/api/v1/initiatives"), coordinator, """
                {"strategyId": "%s", "number": "1.1", "kind": "INITIATIVE", "title": "Tryghedsvandringer", "responsibleId": "%s"}"""
                .formatted(strategy, unit));
        second = api(post("/api/v1/initiatives"), coordinator, """
                {"strategyId": "%s", "number": "1.2", "kind": "INITIATIVE", "title": "Natteravne", "responsibleId": "%s"}"""
                .formatted(strategy, unit));
    }

    @Test
    void aDueDateBeforeTheStatusDateIsRefusedInTheApiAndInlineInDanishOnThePage() throws Exception {
        MvcResult api = mvc.perform(post("/api/v1/reporting-rounds").header("Authorization", coordinator.bearer())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"strategyId": "%s", "title": "Forkert", "asOf": "2026-03-01", "dueDate": "2026-02-01"}"""
                        .formatted(strategy))).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(api.getResponse().getContentAsString(), "$.fieldErrors.dueDate"))
                .isEqualTo("must not be before the status date");

        MockHttpSession session = signIn(coordinator);
        MvcResult page = mvc.perform(post("/strategier/" + strategy + "/runder").session(session).with(csrf())
                .param("title", "Forkert").param("asOf", "2026-03-01").param("dueDate", "2026-02-01")).andReturn();
        Document list = Jsoup.parse(mvc.perform(get(page.getResponse().getRedirectedUrl().replace("#ny-runde", ""))
                .session(session).flashAttrs(page.getFlashMap())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(list.select("#dueDate-error").text()).isEqualTo("må ikke ligge før statusdatoen");
        assertThat(list.select("#round-error-summary").text()).contains("Frist: må ikke ligge før statusdatoen")
                .doesNotContain("must not");
        assertThat(list.select("#dueDate").val()).isEqualTo("2026-02-01");
    }

    @Test
    void theCoordinatorReviewsWithNextAndBulkApproveAndIsWarnedBeforeLockingWithReportsMissing() throws Exception {
        String march = openRound("Status pr. 1. marts", "2026-03-01", "2026-03-15");
        submit(march, first, "i-gang", "<p>Godt i gang</p>");
        submit(march, second, "i-gang", "<p>Også i gang</p>");
        MockHttpSession session = signIn(coordinator);

        Document review = page(get("/runder/" + march + "/indsatser/" + first), session);
        assertThat(review.select("a:contains(Næste indberetning til vurdering)").attr("href"))
                .isEqualTo("/runder/" + march + "/indsatser/" + second);
        assertThat(review.select(".pejling-history").text()).contains("(I gang eller gennemført)").doesNotContain("(i-gang)");

        Document round = page(get("/runder/" + march), session);
        var ticks = round.select("input[name=report][form=bulk-approve]");
        assertThat(ticks).hasSize(2);
        MockHttpServletRequestBuilder bulk = post("/runder/" + march + "/godkend-rapporter").session(session).with(csrf());
        ticks.forEach(t -> bulk.param("report", t.val()));
        MvcResult approved = mvc.perform(bulk).andReturn();
        assertThat(approved.getFlashMap().get("approvedCount")).isEqualTo(2);
        assertThat(page(get("/runder/" + march), session).select("#lock-warning")).isEmpty();

        String september = openRound("Status pr. 1. september", "2026-09-01", "2026-09-15");
        Document open = page(get("/runder/" + september), session);
        assertThat(open.select("#lock-warning").text()).contains("2 af 2 indsatser har ikke indberettet");
        MvcResult refused = mvc.perform(post("/runder/" + september + "/godkend").session(session).with(csrf())
                .param("version", "0")).andReturn();
        assertThat((Map<String, String>) refused.getFlashMap().get("roundErrors")).containsEntry("lockWithMissing",
                "2 indsatser har ikke indberettet; bekræft, at runden skal låses uden dem");
        assertThat(state(september)).isEqualTo("OPEN");

        MvcResult reminded = mvc.perform(post("/runder/" + september + "/paamind").session(session).with(csrf())).andReturn();
        assertThat(reminded.getFlashMap().get("reminded")).isEqualTo(new ReminderService.Reminded(0, 2, false));

        Document mine = page(get("/mine-runder"), session);
        assertThat(mine.text()).contains("Status pr. 1. marts", "Status pr. 1. september");

        mvc.perform(post("/runder/" + september + "/godkend").session(session).with(csrf()).param("version", "0")
                .param("lockWithMissing", "true")).andReturn();
        assertThat(state(september)).isEqualTo("APPROVED");
    }

    @Test
    void theOwnerLandsOnTheTasksSeesLastRoundsStatusAndGetsDanishRefusals() throws Exception {
        String march = openRound("Status pr. 1. marts", "2026-03-01", "2026-03-15");
        submit(march, first, "i-gang", "<p>Sidste gang gik det godt</p>");
        String september = openRound("Status pr. 1. september", "2026-09-01", "2026-09-15");

        MvcResult login = mvc.perform(post("/login").with(csrf()).param("username", owner.principal().username())
                .param("password", PASSWORD)).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/mine-opgaver");
        TestUser nobody = users.create(Role.READER);
        MvcResult other = mvc.perform(post("/login").with(csrf()).param("username", nobody.principal().username())
                .param("password", PASSWORD)).andReturn();
        assertThat(other.getResponse().getRedirectedUrl()).isEqualTo("/");

        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        Document form = page(get("/runder/" + september + "/indsatser/" + first), session);
        assertThat(form.select(".pejling-previous-report").text()).contains("Sidste runde: Status pr. 1. marts",
                "Sidste gang gik det godt");
        assertThat(form.select(".pejling-current-report")).isEmpty();

        MvcResult refused = mvc.perform(post("/runder/" + september + "/indsatser/" + first).session(session).with(csrf())
                .param("status", "afventer").param("comment", "")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(refused.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#comment-error").text()).contains("kræver en kommentar").doesNotContain("needs a note");
        assertThat(page.select("#error-summary").text()).contains("Kommentar:");
    }

    private String state(String round) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/reporting-rounds/" + round)
                .header("Authorization", coordinator.bearer())).andReturn().getResponse().getContentAsString(), "$.state");
    }

    private String openRound(String title, String asOf, String due) throws Exception {
        return api(post("/api/v1/reporting-rounds"), coordinator, """
                {"strategyId": "%s", "title": "%s", "asOf": "%s", "dueDate": "%s"}""".formatted(strategy, title, asOf, due));
    }

    private void submit(String round, String initiative, String status, String comment) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/initiatives/" + initiative + "/status-reports")
                .header("Authorization", owner.bearer()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"roundId": "%s", "status": "%s", "comment": "%s"}""".formatted(round, status, comment))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
    }

    private MockHttpSession signIn(TestUser user) throws Exception {
        return WebSessions.signIn(mvc, user.principal().username(), PASSWORD);
    }

    private Document page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(request.session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private String api(MockHttpServletRequestBuilder request, TestUser user, String body) throws Exception {
        MvcResult result = mvc.perform(request.header("Authorization", user.bearer()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isIn(200, 201);
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }
}
