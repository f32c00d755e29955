package dk.pejling.report;

import static dk.pejling.WebSessions.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.TestUsers.TestUser;
import dk.pejling.WebSessions;
import dk.pejling.access.Role;
import dk.pejling.initiative.ReportingRound;
import dk.pejling.initiative.ReportingRoundService;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyService;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Reports generated in the background: started through the API (202 and a Location) or the report
 * pages (htmx fragment that polls, or a page without JavaScript), followed to "done", the file fetched;
 * a job is its starter's alone and holds only what they may see.
 */
@IntegrationTest
class ReportJobsTest {

    static final Viewer READER = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.READER), "test");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    StrategyService strategies;
    @Autowired
    ReportingRoundService rounds;

    @Test
    void anApiJobReportsItsProgressAndGivesTheFileToItsStarterOnly() throws Exception {
        Strategy strategy = strategies.getBySlug("baeredygtighedsplan-2017-20", READER);
        ReportingRound round = rounds.ofStrategy(strategy.id(), READER).get(0);
        TestUser owner = users.create(Role.READER);
        TestUser other = users.create(Role.READER);
        MvcResult started = mvc.perform(post("/api/v1/reports/jobs").param("kind", "status")
                        .param("strategy", strategy.id().value().toString()).param("round", round.id().toString())
                        .param("format", "pdf").header("Authorization", owner.bearer()))
                .andExpect(status().isAccepted()).andReturn();
        String id = JsonPath.read(started.getResponse().getContentAsString(), "$.id");
        assertThat(started.getResponse().getHeader("Location")).isEqualTo("/api/v1/reports/jobs/" + id);
        assertThat((String) JsonPath.read(started.getResponse().getContentAsString(), "$.state")).isIn("queued", "running", "done");
        assertThat((Integer) JsonPath.read(started.getResponse().getContentAsString(), "$.progress.total")).isEqualTo(3);

        String done = awaitApi(id, owner);
        assertThat((Integer) JsonPath.read(done, "$.progress.done")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(done, "$.progress.percent")).isEqualTo(100);
        String file = JsonPath.read(done, "$.file");
        assertThat(file).isEqualTo("/api/v1/reports/jobs/" + id + "/file");
        byte[] pdf = mvc.perform(get(file).header("Authorization", owner.bearer())).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Status på Bæredygtighedsplan 2017-20", "15.5", "89.11");
        }
        // Not to another user, nor to the public: as if the job did not exist.
        mvc.perform(get("/api/v1/reports/jobs/" + id).header("Authorization", other.bearer())).andExpect(status().isNotFound());
        mvc.perform(get(file).header("Authorization", other.bearer())).andExpect(status().isNotFound());
        mvc.perform(get(file)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reports/jobs/" + UUID.randomUUID()).header("Authorization", owner.bearer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aJobIsGeneratedWithItsStartersVisibility() throws Exception {
        String owner = JsonPath.read(mvc.perform(get("/api/v1/organisations").param("q", "Nordjyllands Politi"))
                .andReturn().getResponse().getContentAsString(), "$.items[0].id");
        TestUser coordinator = users.create(Role.EDITOR, UUID.fromString(owner)); // registers, so coordinates
        String strategy = JsonPath.read(mvc.perform(post("/api/v1/strategies").header("Authorization", coordinator.bearer())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"title": "Intern jobtest %s", "kind": "PLAN", "ownerId": "%s", "status": "ADOPTED", "visibility": "INTERNAL"}"""
                        .formatted(UUID.randomUUID(), owner))).andReturn().getResponse().getContentAsString(), "$.id");
        TestUser outsider = users.create(Role.READER); // of no organisation taking part
        // An outsider cannot even start one: the strategy is not found for them.
        mvc.perform(post("/api/v1/reports/jobs").param("kind", "annual").param("strategy", strategy).param("year", "2026")
                .header("Authorization", outsider.bearer())).andExpect(status().isNotFound());
        // The public must sign in to start a job.
        mvc.perform(post("/api/v1/reports/jobs").param("kind", "annual").param("strategy", strategy).param("year", "2026"))
                .andExpect(status().isUnauthorized());
        String id = JsonPath.read(mvc.perform(post("/api/v1/reports/jobs").param("kind", "annual").param("strategy", strategy)
                        .param("year", "2026").param("format", "html").header("Authorization", coordinator.bearer()))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(), "$.id");
        awaitApi(id, coordinator);
        String html = mvc.perform(get("/api/v1/reports/jobs/" + id + "/file").header("Authorization", coordinator.bearer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Intern jobtest");
    }

    @Test
    void badParametersAreRefusedBeforeAnythingIsQueued() throws Exception {
        Strategy strategy = strategies.getBySlug("maal-og-strategier-2018", READER);
        TestUser user = users.create(Role.READER);
        mvc.perform(post("/api/v1/reports/jobs").param("kind", "weekly").param("strategy", strategy.id().value().toString())
                .header("Authorization", user.bearer())).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/reports/jobs").param("kind", "annual").param("strategy", strategy.id().value().toString())
                .header("Authorization", user.bearer())).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/reports/jobs").param("kind", "annual").param("strategy", strategy.id().value().toString())
                .param("year", "2018").param("format", "odt").header("Authorization", user.bearer()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theReportPageStartsAJobWithHtmxAndPollsUntilTheLinkIsThere() throws Exception {
        Strategy strategy = strategies.getBySlug("maal-og-strategier-2018", READER);
        String sid = strategy.id().value().toString();
        MockHttpSession session = WebSessions.signIn(mvc, "laeser", WebSessions.DEMO_PASSWORD);
        Document reportPage = page(mvc.perform(get("/strategier/" + sid + "/aarsberetning").param("year", "2018")
                .session(session)).andExpect(status().isOk()).andReturn());
        Element form = reportPage.selectFirst("form[hx-post=/rapporter/jobs]");
        assertThat(form).isNotNull();
        assertThat(form.attr("action")).isEqualTo("/rapporter/jobs");
        assertThat(form.attr("hx-target")).isEqualTo("#report-job");
        assertThat(reportPage.select("#report-job[aria-live=polite]")).hasSize(1);
        assertThat(form.select("input[name=kind]").val()).isEqualTo("annual");
        assertThat(form.select("input[name=year]").val()).isEqualTo("2018");
        // The plain links are still there, and the public sees no job form (a job needs an owner).
        assertThat(reportPage.select("a[href*=format=pdf]")).hasSize(1);
        Document publicPage = page(mvc.perform(get("/strategier/" + sid + "/aarsberetning").param("year", "2018")).andReturn());
        assertThat(publicPage.select("form[hx-post=/rapporter/jobs]")).isEmpty();

        String fragment = mvc.perform(post("/rapporter/jobs").param("kind", "annual").param("strategy", sid)
                        .param("year", "2018").param("format", "pdf").header("HX-Request", "true").session(session).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Element status = Jsoup.parseBodyFragment(fragment).selectFirst(".pejling-report-job");
        assertThat(status).isNotNull();
        // htmx polls the fragment until the job is done; every answer before that shows the progress
        Element[] current = {status};
        Element done = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(1))
                .pollInterval(java.time.Duration.ofMillis(100)).until(() -> {
                    Element shown = current[0];
                    if (!shown.hasAttr("hx-get")) {
                        return shown;
                    }
                    assertThat(shown.attr("hx-trigger")).isEqualTo("load delay:1s");
                    assertThat(shown.select("[role=status] .spinner")).hasSize(1);
                    assertThat(shown.select("progress[max=3]")).hasSize(1);
                    current[0] = Jsoup.parseBodyFragment(mvc.perform(get(shown.attr("hx-get")).header("HX-Request", "true")
                            .session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                            .selectFirst(".pejling-report-job");
                    return current[0];
                }, shown -> !shown.hasAttr("hx-get"));
        assertThat(done.text()).contains("Rapporten er færdig");
        String link = done.select("a").attr("href");
        assertThat(link).matches("/rapporter/jobs/[0-9a-f-]{36}/fil");
        byte[] pdf = mvc.perform(get(link).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        // Another signed-in user does not see it.
        MockHttpSession editor = WebSessions.signInAsDemoEditor(mvc);
        mvc.perform(get(link).session(editor)).andExpect(status().isNotFound());
        mvc.perform(get(link)).andExpect(status().isNotFound());
    }

    @Test
    void withoutJavaScriptTheFormLeadsToAPageForTheJob() throws Exception {
        Strategy strategy = strategies.getBySlug("maal-og-strategier-2018", READER);
        MockHttpSession session = WebSessions.signIn(mvc, "laeser", WebSessions.DEMO_PASSWORD);
        String location = mvc.perform(post("/rapporter/jobs").param("kind", "annual")
                        .param("strategy", strategy.id().value().toString()).param("year", "2018").param("format", "xlsx")
                        .session(session).with(csrf()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/rapporter/jobs/[0-9a-f-]{36}");
        Document jobPage = page(mvc.perform(get(location).session(session)).andExpect(status().isOk()).andReturn());
        assertThat(jobPage.select("h1").text()).isEqualTo("Rapport under dannelse");
        assertThat(jobPage.select(".pejling-report-job")).hasSize(1);
        // In English too.
        Document english = page(mvc.perform(get(location).param("lang", "en").session(session)).andExpect(status().isOk()).andReturn());
        assertThat(english.select("h1").text()).isEqualTo("Report being generated");
    }

    private String awaitApi(String id, TestUser user) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(1))
                .pollInterval(java.time.Duration.ofMillis(100)).until(() -> {
                    String json = mvc.perform(get("/api/v1/reports/jobs/" + id).header("Authorization", user.bearer()))
                            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                    assertThat((String) JsonPath.read(json, "$.state")).isNotEqualTo("failed");
                    return json;
                }, json -> "done".equals(JsonPath.read(json, "$.state")));
    }
}
