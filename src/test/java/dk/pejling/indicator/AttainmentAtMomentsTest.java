package dk.pejling.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.GoalId;
import dk.pejling.strategy.StrategyId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Judging many moments from one read of the values ({@link AttainmentService#forStrategyAt}, which the
 * portal's feeds use) gives, moment by moment, exactly the verdicts a separate judgement as of that moment
 * gives: before any value, after a value that misses, after its correction that reaches the target, and
 * with a value from too few answers left out.
 */
@IntegrationTest
class AttainmentAtMomentsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    AttainmentService attainment;

    private String call(MockHttpServletRequestBuilder request, String bearer, String json) throws Exception {
        var result = mvc.perform(request.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse();
        assertThat(result.getStatus()).as(result.getContentAsString(StandardCharsets.UTF_8)).isLessThan(300);
        return result.getContentAsString(StandardCharsets.UTF_8);
    }

    private static Instant nextSecond() {
        long now = Instant.now().getEpochSecond();
        await().pollInterval(Duration.ofMillis(20)).until(() -> Instant.now().getEpochSecond() > now);
        return Instant.now();
    }

    @Test
    void manyMomentsFromOneReadGiveTheVerdictsOfEachMomentJudgedAlone() throws Exception {
        String bearer = users.create(dk.pejling.access.Role.ADMIN).bearer();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String owner = JsonPath.read(mvc.perform(get("/api/v1/organisations").param("q", "Nordjyllands Politi"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.items[0].id");
        String strategy = JsonPath.read(call(post("/api/v1/strategies"), bearer, """
                {"title": "Øjebliksstrategi %s", "kind": "STRATEGY", "ownerId": "%s", "status": "ADOPTED", "visibility": "PUBLIC"}"""
                .formatted(tag, owner)), "$.id");
        String goal = JsonPath.read(call(post("/api/v1/goals"), bearer, """
                {"strategyId": "%s", "code": "M", "kind": "MAIN_GOAL", "title": "Øjeblik %s", "visibility": "PUBLIC"}"""
                .formatted(strategy, tag)), "$.id");
        String sub = JsonPath.read(call(post("/api/v1/goals"), bearer, """
                {"strategyId": "%s", "parentId": "%s", "code": "M.1", "kind": "SUB_GOAL", "title": "Delmål %s", "visibility": "PUBLIC"}"""
                .formatted(strategy, goal, tag)), "$.id");
        String share = JsonPath.read(call(post("/api/v1/indicators"), bearer, """
                {"name": "Andel %s", "unit": "PERCENT", "decimals": 1, "direction": "HIGHER_IS_BETTER", "visibility": "PUBLIC",
                 "goals": [{"goalId": "%s"}],
                 "targets": [{"period": "2025", "kind": "AT_LEAST", "value": 70, "againstBaseline": false, "strict": false}]}"""
                .formatted(tag, goal)), "$.id");
        String count = JsonPath.read(call(post("/api/v1/indicators"), bearer, """
                {"name": "Antal %s", "unit": "COUNT", "decimals": 0, "direction": "LOWER_IS_BETTER", "visibility": "PUBLIC",
                 "goals": [{"goalId": "%s"}],
                 "targets": [{"period": "2025", "kind": "AT_MOST", "value": 100, "againstBaseline": false, "strict": false}]}"""
                .formatted(tag, sub)), "$.id");
        List<Instant> moments = new ArrayList<>();
        moments.add(Instant.now().minusSeconds(1));
        String first = call(post("/api/v1/indicators/" + share + "/measurements"), bearer, """
                {"period": "2025", "value": 60, "sampleSize": 500}""");
        String counted = call(post("/api/v1/indicators/" + count + "/measurements"), bearer, """
                {"period": "2025", "value": 90}""");
        moments.add(nextSecond());
        call(put("/api/v1/indicators/" + share + "/measurements/" + JsonPath.read(first, "$.id")), bearer, """
                {"period": "2025", "value": 80, "sampleSize": 500, "version": %s, "reason": "Tastefejl"}"""
                .formatted(JsonPath.<Object>read(first, "$.version")));
        moments.add(nextSecond());
        // corrected to a value from too few answers: the portal's judgement (min sample 100) sees no value at all
        call(put("/api/v1/indicators/" + count + "/measurements/" + JsonPath.read(counted, "$.id")), bearer, """
                {"period": "2025", "value": 120, "sampleSize": 5, "version": %s, "reason": "Ny opgørelse"}"""
                .formatted(JsonPath.<Object>read(counted, "$.version")));
        moments.add(nextSecond());

        Viewer reader = Viewer.anonymous();
        StrategyId strategyId = new StrategyId(UUID.fromString(strategy));
        for (int minSample : new int[] {0, 100}) {
            List<List<GoalAttainment>> together = attainment.forStrategyAt(strategyId, null, RollupMethod.ALL_OR_SOME, moments,
                    reader, minSample);
            List<GoalAttainment> goalTogether = attainment.forGoalAt(new GoalId(UUID.fromString(goal)), null,
                    RollupMethod.ALL_OR_SOME, moments, reader, minSample);
            assertThat(together).hasSize(moments.size());
            for (int i = 0; i < moments.size(); i++) {
                List<GoalAttainment> alone = attainment.forStrategy(strategyId, null, RollupMethod.ALL_OR_SOME, moments.get(i),
                        reader, minSample);
                assertThat(together.get(i)).as("moment %d, min sample %d", i, minSample)
                        .usingRecursiveComparison().isEqualTo(alone);
                assertThat(goalTogether.get(i)).usingRecursiveComparison().isEqualTo(alone.get(0));
            }
        }
        // the moments really differ: nothing, then the main goal's own value missing while its sub-goal's reaches
        // (partly reached), then both reached
        List<Attainment> statuses = attainment.forStrategyAt(strategyId, null, RollupMethod.ALL_OR_SOME, moments, reader, 0)
                .stream().map(roots -> roots.get(0).status()).toList();
        assertThat(statuses.subList(0, 3)).containsExactly(Attainment.NOT_MEASURED, Attainment.PARTLY_REACHED, Attainment.REACHED);
        // and the value from too few answers counts only where small samples are allowed
        GoalAttainment all = attainment.forStrategyAt(strategyId, null, RollupMethod.ALL_OR_SOME, moments, reader, 0).get(3).get(0);
        GoalAttainment publishable = attainment.forStrategyAt(strategyId, null, RollupMethod.ALL_OR_SOME, moments, reader, 100)
                .get(3).get(0);
        assertThat(all.children().get(0).status()).isEqualTo(Attainment.NOT_REACHED);
        assertThat(publishable.children().get(0).status()).isEqualTo(Attainment.NOT_MEASURED);
    }
}
