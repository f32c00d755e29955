package dk.pejling.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.TestUsers.TestUser;
import dk.pejling.access.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What a caller may not see leaves no trace: a 404 for a record under an internal strategy reads exactly
 * as for an id that never existed, counts leave internal records out, and id lists and references leave
 * out the ids of internal records.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndirectLeakTest {

    @Autowired
    RoundApi api;
    @Autowired
    TestUsers users;
    RoundApi.Setup setup;
    TestUser outsider;
    // under an internal strategy
    String hiddenStrategy;
    String hiddenGoal;
    String hiddenInitiative;
    String hiddenRound;
    String hiddenReport;
    // a public strategy with an internal goal and an internal initiative
    String publicStrategy;
    String publicGoal;
    String internalGoal;
    String publicInitiative;
    String publicRound;
    String internalInitiative;
    String childOfInternal;

    @BeforeAll
    void twoStrategies() throws Exception {
        setup = api.coordinator();
        outsider = users.create(Role.EDITOR);
        hiddenStrategy = api.strategy(setup, "INTERNAL");
        hiddenGoal = api.goal(setup, hiddenStrategy, "PUBLIC");
        hiddenInitiative = api.initiative(setup, hiddenStrategy, "PUBLIC");
        hiddenRound = api.round(setup, hiddenStrategy);
        hiddenReport = api.report(setup, hiddenInitiative, hiddenRound, "i-gang");

        publicStrategy = api.strategy(setup, "PUBLIC");
        publicGoal = api.goal(setup, publicStrategy, "PUBLIC");
        internalGoal = api.goal(setup, publicStrategy, "INTERNAL");
        publicInitiative = api.initiative(setup, publicStrategy, "PUBLIC", publicGoal, internalGoal);
        internalInitiative = api.initiative(setup, publicStrategy, "INTERNAL");
        childOfInternal = api.childInitiative(setup, publicStrategy, internalInitiative);
        publicRound = api.round(setup, publicStrategy);
    }

    @Test
    void aHiddenRecordAnswersTheSame404AsOneThatNeverExisted() throws Exception {
        List<String[]> cases = List.of(
                new String[] {"/api/v1/strategies/%s", hiddenStrategy},
                new String[] {"/api/v1/goals/%s", hiddenGoal},
                new String[] {"/api/v1/goals/%s/attainment", hiddenGoal},
                new String[] {"/api/v1/strategies/%s/attainment", hiddenStrategy},
                new String[] {"/api/v1/initiatives/%s", hiddenInitiative},
                new String[] {"/api/v1/initiatives/%s/status-reports", hiddenInitiative},
                new String[] {"/api/v1/reporting-rounds/%s", hiddenRound},
                new String[] {"/api/v1/reporting-rounds/%s/overview", hiddenRound},
                new String[] {"/api/v1/status-reports/%s/history", hiddenReport});
        for (TestUser caller : new TestUser[] {null, outsider}) {
            for (String[] c : cases) {
                String random = UUID.randomUUID().toString();
                MvcResult hidden = api.call(get(c[0].formatted(c[1])), caller, null);
                MvcResult missing = api.call(get(c[0].formatted(random)), caller, null);
                String what = c[0] + (caller == null ? " anonymous" : " outsider");
                assertThat(hidden.getResponse().getStatus()).as(what).isEqualTo(404);
                assertThat(missing.getResponse().getStatus()).as(what).isEqualTo(404);
                String hiddenBody = hidden.getResponse().getContentAsString(StandardCharsets.UTF_8);
                assertThat(hiddenBody.replace(c[1], "ID")).as(what)
                        .isEqualTo(missing.getResponse().getContentAsString(StandardCharsets.UTF_8).replace(random, "ID"));
                assertThat(hiddenBody.replace(c[1], "ID")).as(what + " names no other record").doesNotContain(hiddenStrategy);
            }
        }
    }

    @Test
    void aRoundCountsOnlyTheInitiativesTheCallerMaySee() throws Exception {
        // the round asks about three initiatives, one of them internal
        assertThat(count(null, "/api/v1/reporting-rounds/" + publicRound, "$.initiatives")).isEqualTo(2);
        assertThat(count(outsider, "/api/v1/reporting-rounds/" + publicRound, "$.initiatives")).isEqualTo(2);
        assertThat(count(null, "/api/v1/reporting-rounds/" + publicRound + "/overview", "$.round.initiatives")).isEqualTo(2);
        assertThat(count(null, "/api/v1/reporting-rounds?strategy=" + publicStrategy, "$[0].initiatives")).isEqualTo(2);
        assertThat(count(setup.coordinator(), "/api/v1/reporting-rounds/" + publicRound, "$.initiatives")).isEqualTo(3);
    }

    @Test
    void aPublicInitiativeListsOnlyTheGoalsTheCallerMaySee() throws Exception {
        for (TestUser caller : new TestUser[] {null, outsider}) {
            String one = body(caller, "/api/v1/initiatives/" + publicInitiative);
            assertThat(JsonPath.<List<String>>read(one, "$.goalIds")).containsExactly(publicGoal);
            assertThat(body(caller, "/api/v1/initiatives?strategy=" + publicStrategy)).contains(publicInitiative)
                    .contains(childOfInternal).doesNotContain(internalGoal).doesNotContain(internalInitiative);
            assertThat(body(caller, "/api/v1/initiatives/" + childOfInternal)).doesNotContain(internalInitiative);
        }
        assertThat(JsonPath.<String>read(body(setup.coordinator(), "/api/v1/initiatives/" + childOfInternal), "$.parentId"))
                .isEqualTo(internalInitiative);
        assertThat(JsonPath.<List<String>>read(body(setup.coordinator(), "/api/v1/initiatives/" + publicInitiative), "$.goalIds"))
                .containsExactlyInAnyOrder(publicGoal, internalGoal);
    }

    private int count(TestUser caller, String path, String json) throws Exception {
        return JsonPath.<Integer>read(body(caller, path), json);
    }

    private String body(TestUser caller, String path) throws Exception {
        MvcResult result = api.call(get(path), caller, null);
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
