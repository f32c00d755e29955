package dk.pejling.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import dk.pejling.strategy.StrategyService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The verdict sentences are written at the edge in the reader's language: the API in the request's
 * language (and in both), the results page in the page's; goal 3.1 of the 2018 annual report is the
 * README's example.
 */
@IntegrationTest
class AttainmentLanguageTest {

    private static final String DANISH = "Målet var højst 1.725; resultatet blev 1.774 (2,8 % over): ikke nået.";
    private static final String ENGLISH = "The target was at most 1,725; the result was 1,774 (2.8% above): not reached.";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    StrategyService strategies;

    private String strategyId() {
        return strategies.getBySlug("maal-og-strategier-2018", SeedVerdictsTest.READER).id().value().toString();
    }

    private String attainment(String language) throws Exception {
        return mvc.perform(get("/api/v1/strategies/{id}/attainment", strategyId()).param("year", "2018")
                        .param("lang", language).header("Authorization", users.create(Role.READER).bearer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theApiWritesTheSentenceInTheRequestsLanguageAndGivesTheReason() throws Exception {
        String danish = attainment("da");
        List<String> text = JsonPath.read(danish, "$..[?(@.code == '3.1')].explanation.text");
        assertThat(text).containsExactly(DANISH);
        assertThat((List<String>) JsonPath.read(danish, "$..[?(@.code == '3.1')].explanation.en")).containsExactly(ENGLISH);
        assertThat((List<String>) JsonPath.read(danish, "$..[?(@.code == '3.1')].explanation.reason")).containsExactly("LEVEL");
        assertThat((String) JsonPath.read(danish, "$[0].method.description.text")).startsWith("Alle målte delmål nået");

        String english = attainment("en");
        assertThat((List<String>) JsonPath.read(english, "$..[?(@.code == '3.1')].explanation.text")).containsExactly(ENGLISH);
        assertThat((String) JsonPath.read(english, "$[0].method.description.text")).startsWith("All measured items reached");
    }

    @Test
    void theResultsPageWritesTheSentenceInThePagesLanguage() throws Exception {
        var session = dk.pejling.WebSessions.signInAsDemoEditor(mvc);
        Document da = Jsoup.parse(mvc.perform(get("/strategier/{id}/resultater", strategyId()).param("year", "2018").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(da.select(".pejling-explanation").eachText()).contains(DANISH);
        Document en = Jsoup.parse(mvc.perform(get("/strategier/{id}/resultater", strategyId()).param("year", "2018")
                        .param("lang", "en").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(en.select(".pejling-explanation").eachText()).contains(ENGLISH);
    }
}
