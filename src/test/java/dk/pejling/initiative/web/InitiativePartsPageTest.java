package dk.pejling.initiative.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.WebSessions;
import dk.pejling.initiative.RoundApi;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An initiative's page lists its own parts, those the reader may see, in order; it reads them by
 * parent now instead of loading every initiative of the strategy.
 */
@IntegrationTest
class InitiativePartsPageTest {

    @Autowired
    RoundApi api;
    @Autowired
    MockMvc mvc;

    @Test
    void thePageListsItsOwnVisiblePartsInOrder() throws Exception {
        RoundApi.Setup setup = api.coordinator();
        String strategy = api.strategy(setup, "PUBLIC");
        String parent = initiative(setup, strategy, null, "1", "Forælder", "PUBLIC");
        String other = initiative(setup, strategy, null, "2", "Anden", "PUBLIC");
        initiative(setup, strategy, parent, "1.2", "Anden del", "PUBLIC");
        initiative(setup, strategy, parent, "1.1", "Første del", "PUBLIC");
        initiative(setup, strategy, parent, "1.3", "Intern del", "INTERNAL");
        initiative(setup, strategy, other, "2.1", "Del af den anden", "PUBLIC");

        // in the strategy's order (the order they were added in), not by number
        assertThat(parts(parent, null)).as("an anonymous reader").containsExactly("1.2 Anden del", "1.1 Første del");
        assertThat(parts(parent, setup)).as("the coordinator").containsExactly("1.2 Anden del", "1.1 Første del", "1.3 Intern del");
        assertThat(parts(other, null)).containsExactly("2.1 Del af den anden");
    }

    private List<String> parts(String initiative, RoundApi.Setup reader) throws Exception {
        var request = get("/indsatser/" + initiative);
        if (reader != null) {
            request.session(WebSessions.signIn(mvc, reader.coordinator().principal().username(), "a-long-test-password"));
        }
        String html = mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Element heading = Jsoup.parse(html).select("h2").stream().filter(h -> h.text().startsWith("Aktiviteter")).findFirst().orElse(null);
        return heading == null ? List.of() : heading.nextElementSibling().select("li a").eachText();
    }

    private String initiative(RoundApi.Setup s, String strategy, String parent, String number, String title, String visibility)
            throws Exception {
        String json = """
                {"strategyId": "%s", %s"number": "%s", "kind": "INITIATIVE", "title": "%s", "responsibleId": "%s",
                 "visibility": "%s"}""".formatted(strategy, parent == null ? "" : "\"parentId\": \"" + parent + "\", ",
                number, title, s.politi(), visibility);
        return JsonPath.read(api.call(post("/api/v1/initiatives"), s.coordinator(), json).getResponse().getContentAsString(), "$.id");
    }
}
