package dk.pejling.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import dk.pejling.shared.Viewer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * "Sidst ændret" on a strategy counts what its page stands on beyond the strategy and its goals: a value
 * entered for one of its indicators, a target changed, a status report of one of its initiatives — each
 * reported by the indicator and initiative modules (StrategyChanges), not read from their tables. What a
 * viewer may not see does not move the viewer's date.
 */
@IntegrationTest
class LastChangedTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    StrategyOverviews overviews;

    private String call(MockHttpServletRequestBuilder request, TestUsers.TestUser user, String json) throws Exception {
        var result = mvc.perform(request.header("Authorization", user.bearer()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse();
        assertThat(result.getStatus()).as(result.getContentAsString(StandardCharsets.UTF_8)).isLessThan(300);
        return result.getContentAsString(StandardCharsets.UTF_8);
    }

    private Instant lastChanged(String strategy, Viewer viewer) {
        return overviews.of(new StrategyId(UUID.fromString(strategy)), viewer).lastChanged();
    }

    /** Reads internal records: an administrator. */
    private static final Viewer INSIDER = new Viewer(UUID.randomUUID(), null, java.util.Set.of(Viewer.ADMIN), "test-admin");

    /** A moment strictly after every change so far (at the database's precision), once the clock has passed it. */
    private static Instant tick() {
        Instant next = Instant.now().truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
        await().pollInterval(java.time.Duration.ofMillis(1)).until(() -> Instant.now().isAfter(next));
        return next;
    }

    @Test
    void valuesTargetsAndStatusReportsMoveTheDateForWhoMaySeeThem() throws Exception {
        String owner = JsonPath.read(mvc.perform(get("/api/v1/organisations").param("q", "Nordjyllands Politi"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.items[0].id");
        TestUsers.TestUser coordinator = users.create(Role.EDITOR, UUID.fromString(owner));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String strategy = JsonPath.read(call(post("/api/v1/strategies"), coordinator, """
                {"title": "Sidst ændret %s", "kind": "PLAN", "ownerId": "%s", "status": "ADOPTED", "visibility": "PUBLIC"}"""
                .formatted(tag, owner)), "$.id");
        String goal = JsonPath.read(call(post("/api/v1/goals"), coordinator, """
                {"strategyId": "%s", "code": "1", "kind": "MAIN_GOAL", "title": "Mål %s", "visibility": "PUBLIC"}"""
                .formatted(strategy, tag)), "$.id");
        Viewer anyone = Viewer.anonymous();
        Instant afterGoal = lastChanged(strategy, anyone);

        // a public indicator with a value: both count for everyone
        Instant beforeIndicator = tick();
        String indicator = JsonPath.read(call(post("/api/v1/indicators"), coordinator, """
                {"name": "Andel %s", "unit": "PERCENT", "decimals": 1, "direction": "HIGHER_IS_BETTER", "visibility": "PUBLIC",
                 "goals": [{"goalId": "%s"}],
                 "targets": [{"period": "2025", "kind": "AT_LEAST", "value": 70, "againstBaseline": false, "strict": false}]}"""
                .formatted(tag, goal)), "$.id");
        assertThat(lastChanged(strategy, anyone)).isAfterOrEqualTo(beforeIndicator).isAfter(afterGoal);
        Instant beforeValue = tick();
        call(post("/api/v1/indicators/" + indicator + "/measurements"), coordinator, """
                {"period": "2025", "value": 60}""");
        Instant afterValue = lastChanged(strategy, anyone);
        assertThat(afterValue).as("a value entered").isAfterOrEqualTo(beforeValue);

        // an internal indicator's value moves the date for the coordinator only
        String hidden = JsonPath.read(call(post("/api/v1/indicators"), coordinator, """
                {"name": "Intern %s", "unit": "COUNT", "decimals": 0, "direction": "LOWER_IS_BETTER", "visibility": "INTERNAL",
                 "goals": [{"goalId": "%s"}], "targets": []}""".formatted(tag, goal)), "$.id");
        Instant beforeHidden = tick();
        call(post("/api/v1/indicators/" + hidden + "/measurements"), coordinator, """
                {"period": "2025", "value": 12}""");
        assertThat(lastChanged(strategy, INSIDER)).isAfterOrEqualTo(beforeHidden);
        assertThat(lastChanged(strategy, anyone)).as("nothing the public may see changed").isEqualTo(afterValue);

        // a status report approved moves it for everyone; submitted only, for who reads internal records
        String initiative = JsonPath.read(call(post("/api/v1/initiatives"), coordinator, """
                {"strategyId": "%s", "number": "1.1", "kind": "INITIATIVE", "title": "Vandring %s", "visibility": "PUBLIC"}"""
                .formatted(strategy, tag)), "$.id");
        String round = JsonPath.read(call(post("/api/v1/reporting-rounds"), coordinator, """
                {"strategyId": "%s", "title": "Status pr. 1. marts", "asOf": "2026-03-01", "dueDate": "2026-03-15"}"""
                .formatted(strategy)), "$.id");
        Instant afterInitiative = lastChanged(strategy, anyone);
        Instant beforeReport = tick();
        String report = JsonPath.read(call(post("/api/v1/initiatives/" + initiative + "/status-reports"), coordinator,
                "{\"roundId\": \"" + round + "\", \"status\": \"i-gang\", \"comment\": \"<p>I gang</p>\"}"), "$.id");
        assertThat(lastChanged(strategy, INSIDER)).as("submitted").isAfterOrEqualTo(beforeReport);
        assertThat(lastChanged(strategy, anyone)).as("submitted, not yet public").isEqualTo(afterInitiative);
        Instant beforeApproval = tick();
        call(post("/api/v1/status-reports/" + report + "/review"), coordinator, "{\"approve\": true, \"version\": 0}");
        assertThat(lastChanged(strategy, anyone)).as("approved").isAfterOrEqualTo(beforeApproval);
    }
}
