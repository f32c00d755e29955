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
import java.time.Duration;
import org.awaitility.Awaitility;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The preview pages: a person sets what the importer missed, splits an item and saves. The text is SYNTETISK. */
@IntegrationTest
class MinutesPreviewPagesTest {

    private static final String TEXT = """
            Referat
            1. Godkendelse af dagsorden
            Beslutning
            Godkendt.
            2. Vejbelysning på Hovedgaden
            Sagsfremstilling
            Lygterne skiftes.
            Trafiksikkerhed ved skolen
            Der ønskes en fodgængerovergang.
            Beslutning
            Overgangen etableres.
            """;

    @Autowired
    MockMvc mvc;

    @Test
    void aPersonSetsTheMissingDateAndCommitteeSplitsAnItemAndSaves() throws Exception {
        MockHttpSession session = WebSessions.signInAsDemoEditor(mvc);
        String review = mvc.perform(multipart("/referater/import").with(csrf()).session(session)
                        .file(new MockMultipartFile("file", "referat.txt", "text/plain", TEXT.getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Document page = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> WebSessions.page(mvc.perform(get(review).session(session)).andExpect(status().isOk()).andReturn()),
                        p -> p.getElementById("import-progress") == null);
        assertThat(page.getElementById("date").val()).isEmpty();
        assertThat(page.getElementById("date-confidence").text()).contains("Mangler").contains("ikke fundet");
        assertThat(page.getElementById("body")).isNotNull();
        assertThat(page.select("#review-items tbody tr")).hasSize(2);
        String version = page.select("input[name=version]").first().val();

        // Saving without a committee: an inline Danish error that names the field, and nothing changes.
        Document refused = WebSessions.page(mvc.perform(post(review + "/moede").with(csrf()).session(session)
                        .param("version", version).param("date", "2021-10-27").param("committee", ""))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(refused.select(".form-error-message").text()).contains("skal udfyldes");
        assertThat(refused.getElementById("error-summary").text()).contains("Udvalg");
        Document badDate = WebSessions.page(mvc.perform(post(review + "/moede").with(csrf()).session(session)
                        .param("version", version).param("date", "27-10").param("committee", "Teknisk Udvalg"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(badDate.select(".form-error-message").text()).contains("er ikke en dato");

        // The body (municipality) is chosen among the register's top organisations: with more than one body, confirm needs it.
        String committee = "Teknisk Udvalg " + dk.pejling.Fixtures.token();
        String body = page.select("#body option").stream().map(o -> o.val()).filter(v -> !v.isEmpty()).findFirst().orElseThrow();
        mvc.perform(post(review + "/moede").with(csrf()).session(session).param("version", version)
                        .param("date", "2021-10-27").param("committee", committee).param("body", body))
                .andExpect(status().is3xxRedirection());
        page = WebSessions.page(mvc.perform(get(review).session(session)).andExpect(status().isOk()).andReturn());
        assertThat(page.getElementById("date").val()).isEqualTo("2021-10-27");
        assertThat(page.getElementById("date-confidence").text()).contains("Sikker").contains("sat af dig");
        assertThat(page.select("#body option[selected]").val()).isEqualTo(body);

        Document item = WebSessions.page(mvc.perform(get(review + "/punkt").param("nummer", "2").session(session))
                .andExpect(status().isOk()).andReturn());
        assertThat(item.select("h1").text()).isEqualTo("Punkt 2 i referatet");
        version = item.select("input[name=version]").first().val();
        Document notInText = WebSessions.page(mvc.perform(post(review + "/del").with(csrf()).session(session)
                        .param("version", version).param("nummer", "2").param("newNumber", "3").param("newTitle", "Findes ikke"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(notInText.select(".form-error-message").text()).contains("står ikke i punktets tekst");
        assertThat(notInText.getElementById("newTitle").val()).isEqualTo("Findes ikke");
        mvc.perform(post(review + "/del").with(csrf()).session(session).param("version", version).param("nummer", "2")
                        .param("newNumber", "3").param("newTitle", "Trafiksikkerhed ved skolen"))
                .andExpect(status().is3xxRedirection());
        page = WebSessions.page(mvc.perform(get(review).session(session)).andExpect(status().isOk()).andReturn());
        assertThat(page.select("#review-items tbody tr")).hasSize(3);
        assertThat(page.getElementById("punkt-3").text()).contains("Trafiksikkerhed ved skolen").contains("Overgangen etableres.");

        // A stale version is a conflict, not a silent overwrite.
        mvc.perform(post(review + "/bekraeft").with(csrf()).session(session).param("version", version))
                .andExpect(status().isConflict());
        version = page.select("input[name=version]").first().val();
        String meeting = mvc.perform(post(review + "/bekraeft").with(csrf()).session(session).param("version", version))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(meeting).startsWith("/moeder/");
        Document saved = WebSessions.page(mvc.perform(get(meeting)).andExpect(status().isOk()).andReturn());
        assertThat(saved.select("h1").text()).contains(committee).contains("27.10.2021");
        assertThat(saved.text()).contains("Trafiksikkerhed ved skolen");
    }
}
