package dk.pejling.strategy.web;

import static dk.pejling.WebSessions.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.Fixtures;
import dk.pejling.IntegrationTest;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.Goal;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.Strategy;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class GoalPagesTest {

    @Autowired
    dk.pejling.TestUsers testUsers;
    @Autowired
    MockMvc mvc;
    @Autowired
    GoalService goals;
    @Autowired
    Fixtures fixtures;
    Strategy strategy;
    MockHttpSession session;

    @BeforeEach
    void setUp() throws Exception {
        strategy = fixtures.strategy("Målformular " + Fixtures.token(), fixtures.organisation("Målweb " + Fixtures.token()).id())
                .create();
        session = signInAsAdmin();
    }

    private int goalCount() {
        return goals.tree(strategy.id(), Fixtures.EDITOR).stream().mapToInt(n -> n.size()).sum();
    }

    @Test
    void anEditorAddsASubGoalThroughTheForm() throws Exception {
        Goal parent = fixtures.goal(strategy, null, "Hovedmål");

        mvc.perform(post("/strategier/{id}/maal/ny", strategy.id().value()).session(session).with(csrf())
                        .param("parentId", parent.id().value().toString()).param("kind", "SUB_GOAL")
                        .param("title", "Nyt delmål").param("visibility", "PUBLIC"))
                .andExpect(redirectedUrlPattern("/strategier/*"));

        Document doc = page(mvc.perform(get("/strategier/" + strategy.id().value())).andReturn());
        assertThat(doc.select("ul.pejling-goal-tree > li > ul > li .pejling-goal").eachText())
                .singleElement().asString().contains("Delmål").contains("Nyt delmål");
    }

    @Test
    void aGoalWithoutTitleAnswers400WithAnInlineErrorAndCreatesNothing() throws Exception {
        Document doc = page(mvc.perform(post("/strategier/{id}/maal/ny", strategy.id().value()).session(session).with(csrf())
                        .param("kind", "GOAL").param("title", "  ").param("order", "-1").param("visibility", "PUBLIC"))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(doc.selectFirst("#title-error").text()).isEqualTo("skal udfyldes");
        assertThat(doc.selectFirst("#order-error").text()).isEqualTo("skal være 0 eller mere");
        assertThat(goalCount()).isZero();
    }

    @Test
    void aGoalCannotBeMovedUnderItsOwnSubGoalThroughTheForm() throws Exception {
        Goal a = fixtures.goal(strategy, null, "a");
        Goal b = fixtures.goal(strategy, a, "b");

        Document doc = page(mvc.perform(post("/maal/{id}/rediger", a.id().value()).session(session).with(csrf())
                        .param("parentId", b.id().value().toString()).param("kind", "GOAL").param("title", "a")
                        .param("visibility", "PUBLIC").param("version", Long.toString(a.version())))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(doc.selectFirst("#parentId-error").text())
                .isEqualTo("et mål kan ikke placeres under sig selv eller et af sine delmål");
        assertThat(doc.select("#parentId option").eachAttr("value")).doesNotContain(a.id().value().toString(),
                b.id().value().toString());
    }

    @Test
    void aStaleGoalVersionIsAConflict() throws Exception {
        Goal goal = fixtures.goal(strategy, null, "Før");
        mvc.perform(post("/maal/{id}/rediger", goal.id().value()).session(session).with(csrf())
                .param("kind", "GOAL").param("title", "Første").param("visibility", "PUBLIC").param("version", "0"))
                .andExpect(redirectedUrlPattern("/strategier/*"));

        mvc.perform(post("/maal/{id}/rediger", goal.id().value()).session(session).with(csrf())
                        .param("kind", "GOAL").param("title", "Anden").param("visibility", "PUBLIC").param("version", "0"))
                .andExpect(status().isConflict());
        assertThat(goals.get(goal.id(), Fixtures.EDITOR).title()).isEqualTo("Første");
    }

    @Test
    void anInternalGoalIsLeftOutOfThePageForAnonymousVisitors() throws Exception {
        fixtures.goal(strategy, null, "Synligt mål");
        fixtures.goal(strategy, null, "Skjult mål", Visibility.INTERNAL);

        Document anonymous = page(mvc.perform(get("/strategier/" + strategy.id().value())).andReturn());
        Document signedIn = page(mvc.perform(get("/strategier/" + strategy.id().value()).session(session)).andReturn());

        assertThat(anonymous.text()).contains("Synligt mål").doesNotContain("Skjult mål");
        assertThat(signedIn.text()).contains("Synligt mål", "Skjult mål");
    }

    /** The forms themselves are tested here; who may use them is PermissionMatrixTest's. */
    private MockHttpSession signInAsAdmin() throws Exception {
        return dk.pejling.WebSessions.signIn(mvc, testUsers.create(dk.pejling.access.Role.ADMIN).principal().username(),
                "a-long-test-password");
    }
}
