package dk.pejling.strategy.web;

import static dk.pejling.WebSessions.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.Fixtures;
import dk.pejling.IntegrationTest;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyFilter;
import dk.pejling.strategy.StrategyService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The start page, the strategy page and the strategy forms, as a browser meets them. */
@IntegrationTest
class StrategyPagesTest {

    @Autowired
    dk.pejling.TestUsers testUsers;
    @Autowired
    MockMvc mvc;
    @Autowired
    StrategyService strategies;
    @Autowired
    Fixtures fixtures;
    OrganisationId org;

    @BeforeEach
    void setUp() {
        org = fixtures.organisation("Webtest " + Fixtures.token()).id();
    }

    private long countMatching(String q) {
        return strategies.list(StrategyFilter.none(), new PageQuery(q, 0, 10), Fixtures.EDITOR).total();
    }

    /** The fields of a valid strategy form. */
    private static MockHttpServletRequestBuilder validForm(MockHttpServletRequestBuilder post, String title, OrganisationId owner,
                                                           long version) {
        return post.param("title", title).param("kind", "PLAN").param("ownerId", owner.value().toString())
                .param("status", "DRAFT").param("visibility", "PUBLIC").param("version", Long.toString(version))
                .param("themes", "Tryghed, Sundhed");
    }

    /**
     * The public pages keep no server state for a visitor: a session per anonymous request would fill
     * the heap under load (every crawler request a new session) and stall everyone in garbage collection.
     */
    @Test
    void anonymousPagesCreateNoSession() throws Exception {
        Strategy open = fixtures.strategy("Sessionsløs", org).create();
        for (String path : java.util.List.of("/", "/?status=ADOPTED&page=1", "/strategier/" + open.id().value(),
                "/strategier/" + open.id().value() + "/indsatser", "/strategier/" + open.id().value() + "/resultater")) {
            var result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
            assertThat(result.getRequest().getSession(false)).as(path).isNull();
            assertThat(result.getResponse().getHeaders("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
        }
    }

    @Test
    void theStartPageIsDanishAndListsTheStrategies() throws Exception {
        Document doc = page(mvc.perform(get("/")).andExpect(status().isOk()).andReturn());

        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("da");
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Strategier");
        assertThat(doc.title()).isEqualTo("Strategier – Pejling");
        assertThat(doc.select("table.pejling-strategy-table tbody tr")).isNotEmpty();
        assertThat(doc.selectFirst(".pejling-count").text()).matches("\\d+ strategier");
    }

    @Test
    void theStartPageFiltersByText() throws Exception {
        Document doc = page(mvc.perform(get("/").param("q", "mål og strategier 2018")).andReturn());

        assertThat(doc.select("table.pejling-strategy-table tbody tr a").eachText()).containsExactly("Mål og strategier 2018");
    }

    @Test
    void theStrategyPageShowsTheGoalTreeOfMaalOgStrategier2018() throws Exception {
        Strategy s = strategies.getBySlug("maal-og-strategier-2018", Viewer.anonymous());

        Document doc = page(mvc.perform(get("/strategier/" + s.id().value())).andExpect(status().isOk()).andReturn());

        assertThat(doc.selectFirst("h1").text()).contains("Mål og strategier 2018");
        List<Element> roots = doc.select("ul.pejling-goal-tree > li");
        assertThat(roots).hasSize(1);
        Element mission = roots.getFirst();
        assertThat(mission.selectFirst(".pejling-goal-kind").text()).isEqualTo("Mission");
        assertThat(mission.selectFirst(".pejling-goal").text()).contains("At skabe rammerne for et godt hverdagsliv");
        List<Element> mainGoals = mission.select("> ul > li");
        assertThat(mainGoals).hasSize(7)
                .allSatisfy(li -> assertThat(li.selectFirst(".pejling-goal-kind").text()).isEqualTo("Hovedmål"));
        assertThat(mainGoals.getFirst().text()).contains("Alle børn skal have gode muligheder for leg og læring");
        assertThat(doc.select(".pejling-goal").size()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void anInternalStrategyIsNotFoundForAnonymousAndShownToASignedInUser() throws Exception {
        Strategy hidden = fixtures.strategy("Intern webstrategi", org).internal().create();

        Document notFound = page(mvc.perform(get("/strategier/" + hidden.id().value())).andExpect(status().isNotFound()).andReturn());
        assertThat(notFound.selectFirst("h1").text()).isEqualTo("Siden findes ikke");
        assertThat(notFound.text()).doesNotContain("Intern webstrategi");

        MockHttpSession session = signInAsAdmin();
        Document shown = page(mvc.perform(get("/strategier/" + hidden.id().value()).session(session))
                .andExpect(status().isOk()).andReturn());
        assertThat(shown.selectFirst("h1").text()).contains("Intern webstrategi").contains("Intern");
    }

    @Test
    void anUnknownStrategyIsNotFound() throws Exception {
        mvc.perform(get("/strategier/" + java.util.UUID.randomUUID())).andExpect(status().isNotFound());
    }

    @Test
    void aSignedInEditorCreatesAStrategyThroughTheForm() throws Exception {
        String title = "Webformular " + Fixtures.token();
        MockHttpSession session = signInAsAdmin();

        mvc.perform(validForm(post("/strategier/ny"), title, org, 0).session(session).with(csrf()))
                .andExpect(redirectedUrlPattern("/strategier/*"));

        assertThat(countMatching(title)).isEqualTo(1);
    }

    @Test
    void aFormWithMissingFieldsAnswers400WithInlineErrorsAndCreatesNothing() throws Exception {
        String token = Fixtures.token();
        MockHttpSession session = signInAsAdmin();

        Document doc = page(mvc.perform(post("/strategier/ny").session(session).with(csrf())
                        .param("title", " ").param("summary", "Resumé " + token).param("periodFrom", "2020-01-01")
                        .param("periodTo", "2019-01-01").param("visibility", "PUBLIC").param("status", "DRAFT"))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(doc.selectFirst("#error-summary")).isNotNull();
        assertThat(doc.select(".form-error-message").eachAttr("id"))
                .contains("title-error", "kind-error", "ownerId-error", "periodTo-error");
        assertThat(doc.selectFirst("#title-error").text()).isEqualTo("skal udfyldes");
        assertThat(doc.selectFirst("#summary").text()).isEqualTo("Resumé " + token);
        assertThat(countMatching(token)).isZero();
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndCreatesNothing() throws Exception {
        String title = "Uden CSRF " + Fixtures.token();
        MockHttpSession session = signInAsAdmin();

        mvc.perform(validForm(post("/strategier/ny"), title, org, 0).session(session)).andExpect(status().isForbidden());
        mvc.perform(validForm(post("/strategier/ny"), title, org, 0).session(session).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());

        assertThat(countMatching(title)).isZero();
    }

    @Test
    void aStaleVersionInTheEditFormIsAConflictAndNothingIsWritten() throws Exception {
        Strategy s = fixtures.strategy("Redigeres " + Fixtures.token(), org).create();
        MockHttpSession session = signInAsAdmin();
        mvc.perform(validForm(post("/strategier/" + s.id().value() + "/rediger"), "Første ændring", org, 0)
                        .session(session).with(csrf()))
                .andExpect(redirectedUrlPattern("/strategier/*"));

        Document doc = page(mvc.perform(validForm(post("/strategier/" + s.id().value() + "/rediger"), "Anden ændring", org, 0)
                        .session(session).with(csrf()))
                .andExpect(status().isConflict()).andReturn());

        assertThat(doc.selectFirst("h1").text()).isEqualTo("Ændret af en anden");
        assertThat(strategies.get(s.id(), Fixtures.EDITOR).title()).isEqualTo("Første ændring");
    }

    @Test
    void editingFormsSendAnonymousVisitorsToTheLoginPage() throws Exception {
        Strategy s = fixtures.strategy("Login først", org).create();

        mvc.perform(get("/strategier/ny")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/strategier/" + s.id().value() + "/rediger")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aRefusedUploadShowsTheMessageInlineAndKeepsNothing() throws Exception {
        Strategy s = fixtures.strategy("Upload i formular", org).create();
        MockHttpSession session = signInAsAdmin();
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

        Document doc = page(mvc.perform(multipart("/strategier/{id}/dokumenter", s.id().value())
                        .file(new MockMultipartFile("file", "rapport.pdf", "application/pdf", exe))
                        .param("version", "0").session(session).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(doc.selectFirst("#file-error").text()).isEqualTo("filens indhold passer ikke til dens type");
        assertThat(strategies.get(s.id(), Fixtures.EDITOR).links()).isEmpty();
        assertThat(strategies.get(s.id(), Fixtures.EDITOR).version()).isZero();
    }

    @Test
    void anAcceptedUploadIsListedOnThePage() throws Exception {
        Strategy s = fixtures.strategy("Upload ok", org).create();
        MockHttpSession session = signInAsAdmin();

        mvc.perform(multipart("/strategier/{id}/dokumenter", s.id().value())
                        .file(new MockMultipartFile("file", "notat.txt", "text/plain", "Et notat".getBytes(StandardCharsets.UTF_8)))
                        .param("title", "Notat").param("version", "0").session(session).with(csrf()))
                .andExpect(redirectedUrlPattern("/strategier/*"));

        Document doc = page(mvc.perform(get("/strategier/" + s.id().value())).andExpect(status().isOk()).andReturn());
        Element link = doc.selectFirst("#dokumenter + ul a");
        assertThat(link.text()).isEqualTo("Notat");
        assertThat(mvc.perform(get(link.attr("href"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).isEqualTo("Et notat");
    }

    /** The forms themselves are tested here; who may use them is PermissionMatrixTest's. */
    private MockHttpSession signInAsAdmin() throws Exception {
        return dk.pejling.WebSessions.signIn(mvc, testUsers.create(dk.pejling.access.Role.ADMIN).principal().username(),
                "a-long-test-password");
    }
}
