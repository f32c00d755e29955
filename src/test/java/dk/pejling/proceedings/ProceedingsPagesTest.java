package dk.pejling.proceedings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.IntegrationTest;
import dk.pejling.WebSessions;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class ProceedingsPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProceedingsTestData data;

    @Test
    void uploadReviewAndSaveMinutesInThePages() throws Exception {
        mvc.perform(get("/referater/import")).andExpect(status().is3xxRedirection());
        MockHttpSession session = WebSessions.signInAsDemoEditor(mvc);
        String committee = "Udvalg " + dk.pejling.Fixtures.token();
        byte[] text = MinutesParserTest.resource("proceedings/socialudvalget-2024-03-12.txt")
                .replace("Social- og Sundhedsudvalget", committee).getBytes(StandardCharsets.UTF_8);

        mvc.perform(multipart("/referater/import").with(csrf()).session(session))
                .andExpect(status().isBadRequest());
        MvcResult uploaded = mvc.perform(multipart("/referater/import")
                        .file(new MockMultipartFile("file", "referat.txt", "text/plain", text)).with(csrf()).session(session))
                .andExpect(status().is3xxRedirection()).andReturn();
        String review = uploaded.getResponse().getRedirectedUrl();
        assertThat(review).startsWith("/referater/import/");

        // the review page shows progress until the document is read
        Document page = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> WebSessions.page(mvc.perform(get(review).session(session)).andExpect(status().isOk()).andReturn()),
                        p -> p.getElementById("import-progress") == null);
        assertThat(page.select("#review-items tbody tr")).hasSize(5);
        assertThat(page.getElementById("committee").val()).isEqualTo(committee);
        assertThat(page.select("script:not([src])")).isEmpty();

        MvcResult saved = mvc.perform(post(review + "/bekraeft").with(csrf()).session(session).param("committee", committee))
                .andExpect(status().is3xxRedirection()).andReturn();
        String meeting = saved.getResponse().getRedirectedUrl();
        assertThat(meeting).startsWith("/moeder/");
        Document minutes = WebSessions.page(mvc.perform(get(meeting)).andExpect(status().isOk()).andReturn());
        assertThat(minutes.select("h1").text()).contains(committee).contains("12.03.2024");
        assertThat(minutes.text()).contains("Direktøren indstiller, at udvalget godkender budgetopfølgningen.");
        // the minutes' text is shown as paragraphs, never as raw markup
        assertThat(minutes.select("article.pejling-agenda-item p.pejling-prose")).isNotEmpty();
        assertThat(minutes.select("article.pejling-agenda-item script")).isEmpty();
        Document agenda = WebSessions.page(mvc.perform(get(meeting + "?visning=dagsorden")).andReturn());
        assertThat(agenda.text()).contains("Budgetopfølgning").doesNotContain("Direktøren indstiller");
        Document english = WebSessions.page(mvc.perform(get(meeting + "?lang=en")).andReturn());
        assertThat(english.text()).contains("Closed items");
    }

    @Test
    void readersMayNotImport() throws Exception {
        MockHttpSession reader = WebSessions.signIn(mvc, "laeser", WebSessions.DEMO_PASSWORD);
        mvc.perform(get("/referater/import").session(reader)).andExpect(status().isForbidden());
    }

    @Test
    void theCasePageShowsTheTimetableOfTheTrygAalborgHearing() throws Exception {
        Document committees = WebSessions.page(mvc.perform(get("/udvalg")).andExpect(status().isOk()).andReturn());
        assertThat(committees.text()).contains("Beskæftigelsesudvalget").contains("Skoleudvalget");
        Document search = WebSessions.page(mvc.perform(get("/udvalg?q=tryg")).andReturn());
        String caseLink = null;
        for (var a : search.select("#search-results a")) {
            Document meeting = WebSessions.page(mvc.perform(get(a.attr("href").replaceFirst("#.*", ""))).andReturn());
            var link = meeting.select("a[href^=/sager/]").first();
            if (link != null && link.text().equals("2014-1516")) {
                caseLink = link.attr("href");
                break;
            }
        }
        assertThat(caseLink).isNotNull();
        Document page = WebSessions.page(mvc.perform(get(caseLink)).andExpect(status().isOk()).andReturn());
        assertThat(page.select("#timetable tbody tr")).hasSize(12);
        assertThat(page.text()).contains("01.05.2014").contains("Skoleudvalget").contains("Beskæftigelsesudvalget");
    }

    @Autowired
    dk.pejling.strategy.StrategyService strategies;

    @Test
    void theStrategyPageLeadsToItsPoliticalHistoryFromTheImportedDemoMinutes() throws Exception {
        java.util.UUID tryg = strategies.getBySlug("tryg-aalborg-2014-2017", dk.pejling.shared.Viewer.anonymous()).id().value();
        Document strategy = WebSessions.page(mvc.perform(get("/strategier/" + tryg)).andExpect(status().isOk()).andReturn());
        var link = strategy.select("a[href$=/politisk-behandling]").first();
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo("Politisk behandling");
        Document history = WebSessions.page(mvc.perform(get(link.attr("href"))).andExpect(status().isOk()).andReturn());
        assertThat(history.select(".pejling-history > li").eachText())
                .anySatisfy(t -> assertThat(t).startsWith("22.04.2014 Skoleudvalget, punkt 3").contains("Drøftedes."))
                .anySatisfy(t -> assertThat(t).startsWith("19.08.2014 Beskæftigelsesudvalget, punkt 5")
                        .contains("Godkendt mhp. oversendelse til byrådets behandling"));
    }
}
