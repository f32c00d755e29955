package dk.pejling.report;

import static dk.pejling.WebSessions.page;
import static dk.pejling.WebSessions.signInAsDemoEditor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.IntegrationTest;
import dk.pejling.WebSessions;
import dk.pejling.initiative.ReportingRound;
import dk.pejling.initiative.ReportingRoundService;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyService;
import java.util.Set;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The buttons that lead to the reports, the report pages with their format links, and the texts editors write. */
@IntegrationTest
class ReportPagesTest {

    static final Viewer READER = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.READER), "test");

    @Autowired
    MockMvc mvc;
    @Autowired
    StrategyService strategies;
    @Autowired
    ReportingRoundService rounds;
    @Autowired
    ReportTextService texts;

    @Test
    void theRoundPageLeadsToTheStatusReportWithItsFormats() throws Exception {
        Strategy strategy = strategies.getBySlug("baeredygtighedsplan-2017-20", READER);
        ReportingRound round = rounds.ofStrategy(strategy.id(), READER).get(0);
        Document roundPage = page(mvc.perform(get("/runder/" + round.id())).andExpect(status().isOk()).andReturn());
        String href = roundPage.select("a:contains(Statusrapport)").attr("href");
        assertThat(href).isEqualTo("/strategier/" + strategy.id().value() + "/runder/" + round.id() + "/statusrapport");

        Document report = page(mvc.perform(get(href)).andExpect(status().isOk()).andReturn());
        assertThat(report.select("h1").text()).isEqualTo("Status på Bæredygtighedsplan 2017-20");
        assertThat(report.select("table th[scope=row]").eachText()).containsExactly("15.5", "60.3", "74.1", "89.11");
        assertThat(report.select("a[href*=format=pdf]").attr("href")).contains("/rapporter/status?strategy=");
        assertThat(report.select("a[href*=format=docx], a[href*=format=xlsx], a[href*=format=html]")).hasSize(3);
    }

    @Test
    void theStrategyPageLeadsToTheAnnualReportWithItsTexts() throws Exception {
        Strategy strategy = strategies.getBySlug("maal-og-strategier-2018", READER);
        Document strategyPage = page(mvc.perform(get("/strategier/" + strategy.id().value())).andReturn());
        String href = strategyPage.select("a:contains(Årsberetning)").attr("href");
        assertThat(href).isEqualTo("/strategier/" + strategy.id().value() + "/aarsberetning");

        Document report = page(mvc.perform(get(href).param("year", "2018")).andExpect(status().isOk()).andReturn());
        assertThat(report.select("h1").text()).isEqualTo("Mål og strategier 2018 – årsberetning 2018");
        assertThat(report.select("h2").eachText()).contains("Indhold", "Forord", "Indledning",
                "1 Alle børn skal have gode muligheder for leg og læring");
        assertThat(report.text()).contains("Vi udvikler os sammen", "Målet var højst 1.725; resultatet blev 1.774");
        assertThat(report.select("svg[role=img] title")).isNotEmpty();
    }

    @Test
    void theCoordinatorWritesTheTextsAndAStaleVersionDoesNotOverwrite() throws Exception {
        Strategy strategy = strategies.getBySlug("tryg-aalborg-2014-2017", READER);
        // the demo editor may not: report texts are the strategy coordinator's
        mvc.perform(get("/strategier/" + strategy.id().value() + "/aarsberetning/tekster").param("year", "2031")
                .session(signInAsDemoEditor(mvc))).andExpect(status().isForbidden());
        MockHttpSession session = WebSessions.signIn(mvc, "koordinator", WebSessions.DEMO_PASSWORD);
        mvc.perform(get("/strategier/" + strategy.id().value() + "/aarsberetning/tekster").param("year", "2031"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        Document form = page(mvc.perform(get("/strategier/" + strategy.id().value() + "/aarsberetning/tekster")
                .param("year", "2031").session(session)).andExpect(status().isOk()).andReturn());
        assertThat(form.select("textarea[name=text[foreword]]")).hasSize(1);

        mvc.perform(post("/strategier/" + strategy.id().value() + "/aarsberetning/tekster").param("year", "2031")
                        .param("text[foreword]", "<p>Et forord<script>x()</script></p>").param("version[foreword]", "")
                        .session(session).with(csrf()))
                .andExpect(redirectedUrlPattern("/strategier/*/aarsberetning?year=2031"));
        assertThat(texts.texts(strategy.id(), 2031, READER)).containsEntry("foreword", "<p>Et forord</p>");

        // Someone who read the page before that save does not overwrite it.
        mvc.perform(post("/strategier/" + strategy.id().value() + "/aarsberetning/tekster").param("year", "2031")
                        .param("text[foreword]", "<p>Gammel</p>").param("version[foreword]", "")
                        .session(session).with(csrf()))
                .andExpect(redirectedUrlPattern("/strategier/*/aarsberetning/tekster?year=2031"));
        assertThat(texts.texts(strategy.id(), 2031, READER)).containsEntry("foreword", "<p>Et forord</p>");

        Document report = page(mvc.perform(get("/strategier/" + strategy.id().value() + "/aarsberetning")
                .param("year", "2031")).andExpect(status().isOk()).andReturn());
        assertThat(report.text()).contains("Et forord");
    }
}
