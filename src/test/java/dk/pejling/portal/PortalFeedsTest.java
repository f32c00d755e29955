package dk.pejling.portal;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The Atom feeds say when a goal's verdict changed: a value that misses the target, then its correction
 * that reaches it, gives one "verdict changed" entry (not reached → reached) in the goal's and the
 * strategy's feed.
 */
@IntegrationTest
class PortalFeedsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    private String call(MockHttpServletRequestBuilder request, String bearer, String json) throws Exception {
        var result = mvc.perform(request.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse();
        assertThat(result.getStatus()).as(result.getContentAsString(StandardCharsets.UTF_8)).isLessThan(300);
        return result.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aCorrectedValueThatTurnsTheVerdictIsAVerdictChangedEntryInBothFeeds() throws Exception {
        String bearer = users.create(dk.pejling.access.Role.ADMIN).bearer();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String owner = JsonPath.read(mvc.perform(get("/api/v1/organisations").param("q", "Nordjyllands Politi"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.items[0].id");
        String strategy = JsonPath.read(call(post("/api/v1/strategies"), bearer, """
                {"title": "Feedstrategi %s", "kind": "STRATEGY", "ownerId": "%s", "status": "ADOPTED", "visibility": "PUBLIC",
                 "key": "feed-%s"}""".formatted(tag, owner, tag)), "$.id");
        String goal = JsonPath.read(call(post("/api/v1/goals"), bearer, """
                {"strategyId": "%s", "code": "F", "kind": "MAIN_GOAL", "title": "Feedmål %s", "visibility": "PUBLIC"}"""
                .formatted(strategy, tag)), "$.id");
        String indicator = JsonPath.read(call(post("/api/v1/indicators"), bearer, """
                {"name": "Feedandel %s", "unit": "PERCENT", "decimals": 1, "direction": "HIGHER_IS_BETTER", "visibility": "PUBLIC",
                 "goals": [{"goalId": "%s"}],
                 "targets": [{"period": "2025", "kind": "AT_LEAST", "value": 70, "againstBaseline": false, "strict": false}]}"""
                .formatted(tag, goal)), "$.id");
        String first = call(post("/api/v1/indicators/" + indicator + "/measurements"), bearer, """
                {"period": "2025", "value": 60, "sampleSize": 500}""");
        // The feed judges again per second in which values were entered: the correction must fall in a later second.
        long enteredIn = java.time.Instant.now().getEpochSecond();
        await().pollInterval(java.time.Duration.ofMillis(20)).until(() -> java.time.Instant.now().getEpochSecond() > enteredIn);
        call(put("/api/v1/indicators/" + indicator + "/measurements/" + JsonPath.read(first, "$.id")), bearer, """
                {"period": "2025", "value": 80, "sampleSize": 500, "version": %s, "reason": "Tastefejl"}"""
                .formatted(JsonPath.<Object>read(first, "$.version")));
        for (String feed : new String[] {"/portal/maal/" + goal + "/feed.atom", "/portal/strategier/feed-" + tag + "/feed.atom"}) {
            String atom = mvc.perform(get(feed)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(atom).as(feed).contains("Vurdering ændret: F Feedmål " + tag + ", 2025: ikke nået → nået");
            assertThat(atom.split("Vurdering ændret", -1)).as(feed + ": one change only").hasSize(2);
        }
    }
}
