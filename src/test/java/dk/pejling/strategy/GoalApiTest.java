package dk.pejling.strategy;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.Fixtures;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class GoalApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Fixtures fixtures;
    TestUsers.TestUser editor;
    Strategy strategy;

    @BeforeEach
    void setUp() {
        editor = users.create(Role.ADMIN); // the permission rules are PermissionMatrixTest's
        strategy = fixtures.strategy("Mål-API " + Fixtures.token(), fixtures.organisation("Mål-API " + Fixtures.token()).id())
                .create();
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.header("Authorization", editor.bearer()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String create(String json) throws Exception {
        return JsonPath.read(send(post("/api/v1/goals"), json).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    private String goal(String parentId, String title, String visibility) throws Exception {
        String parent = parentId == null ? "" : "\"parentId\": \"" + parentId + "\", ";
        return create("{\"strategyId\": \"" + strategy.id().value() + "\", " + parent + "\"kind\": \"GOAL\", \"title\": \""
                + title + "\", \"visibility\": \"" + visibility + "\"}");
    }

    @Test
    void createsReadsUpdatesAndDeletesAGoalWithItsSubGoals() throws Exception {
        String main = create("{\"strategyId\": \"" + strategy.id().value() + "\", \"code\": \"1\", \"kind\": \"MAIN_GOAL\","
                + " \"title\": \"Hovedmål\", \"description\": \"Beskrivelse\"}");
        String sub = goal(main, "Delmål", "PUBLIC");

        mvc.perform(get("/api/v1/goals/" + main))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("1"))
                .andExpect(jsonPath("$.kind").value("MAIN_GOAL"))
                .andExpect(jsonPath("$.description").value("Beskrivelse"))
                .andExpect(jsonPath("$.children[0].id").value(sub))
                .andExpect(jsonPath("$.children[0].parentId").value(main));
        mvc.perform(get("/api/v1/goals").param("strategy", strategy.id().value().toString()))
                .andExpect(jsonPath("$.total").value(2));

        send(put("/api/v1/goals/" + main), "{\"code\": \"1\", \"kind\": \"MAIN_GOAL\", \"title\": \"Nyt navn\", \"version\": 0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Nyt navn"))
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(delete("/api/v1/goals/" + main).header("Authorization", editor.bearer())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/goals/" + main)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/goals/" + sub)).andExpect(status().isNotFound());
    }

    @Test
    void aStaleVersionIsAConflictAndNothingIsWritten() throws Exception {
        String id = goal(null, "Før", "PUBLIC");
        send(put("/api/v1/goals/" + id), "{\"kind\": \"GOAL\", \"title\": \"Første\", \"version\": 0}").andExpect(status().isOk());

        send(put("/api/v1/goals/" + id), "{\"kind\": \"GOAL\", \"title\": \"Anden\", \"version\": 0}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(get("/api/v1/goals/" + id)).andExpect(jsonPath("$.title").value("Første"));
    }

    @Test
    void anInternalGoalIsNotFoundForAnonymousCallersAndMissingFromTheirLists() throws Exception {
        String hidden = goal(null, "Internt mål", "INTERNAL");
        String open = goal(null, "Offentligt mål", "PUBLIC");

        mvc.perform(get("/api/v1/goals/" + hidden)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/goals/" + hidden).header("Authorization", editor.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.visibility").value("INTERNAL"));
        mvc.perform(get("/api/v1/goals").param("strategy", strategy.id().value().toString()))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(open));
        mvc.perform(get("/api/v1/strategies/" + strategy.id().value()))
                .andExpect(jsonPath("$.children.length()").value(1))
                .andExpect(jsonPath("$.children[0].id").value(open));
    }

    @Test
    void aPublicSubGoalOfAnInternalGoalIsInternalToo() throws Exception {
        String hidden = goal(null, "Internt mål", "INTERNAL");
        String child = goal(hidden, "Barn sendt som offentligt", "PUBLIC");

        mvc.perform(get("/api/v1/goals/" + child)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/goals/" + child).header("Authorization", editor.bearer()))
                .andExpect(jsonPath("$.visibility").value("INTERNAL"));
    }

    @Test
    void aGoalOfAnInternalStrategyIsNotFoundForAnonymousCallers() throws Exception {
        Strategy hidden = fixtures.strategy("Intern", strategy.ownerId()).internal().create();
        String id = create("{\"strategyId\": \"" + hidden.id().value() + "\", \"kind\": \"GOAL\", \"title\": \"Offentligt mål\"}");

        mvc.perform(get("/api/v1/goals/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/goals").param("strategy", hidden.id().value().toString()))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void badInputGetsFieldErrorsAndCreatesNothing() throws Exception {
        send(post("/api/v1/goals"), "{\"strategyId\": \"" + strategy.id().value() + "\", \"title\": \" \", \"order\": -1,"
                + " \"code\": \"" + "c".repeat(41) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.title").value("must not be blank"))
                .andExpect(jsonPath("$.fieldErrors.kind").value("must be given"))
                .andExpect(jsonPath("$.fieldErrors.order").value("must be 0 or more"))
                .andExpect(jsonPath("$.fieldErrors.code").value("must be at most 40 characters"));
        send(post("/api/v1/goals"), "{\"kind\": \"GOAL\", \"title\": \"Uden strategi\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.strategyId").value("must be given"));
        mvc.perform(get("/api/v1/goals").param("strategy", strategy.id().value().toString()))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aParentInAnotherStrategyIsAFieldError() throws Exception {
        Strategy other = fixtures.strategy("Anden", strategy.ownerId()).create();
        String foreign = create("{\"strategyId\": \"" + other.id().value() + "\", \"kind\": \"GOAL\", \"title\": \"Fremmed\"}");

        send(post("/api/v1/goals"), "{\"strategyId\": \"" + strategy.id().value() + "\", \"parentId\": \"" + foreign
                + "\", \"kind\": \"GOAL\", \"title\": \"Barn\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.parentId").value("the parent goal belongs to another strategy"));
    }

    @Test
    void unknownIdsAreNotFound() throws Exception {
        String unknown = UUID.randomUUID().toString();
        mvc.perform(get("/api/v1/goals/" + unknown)).andExpect(status().isNotFound());
        send(put("/api/v1/goals/" + unknown), "{\"kind\": \"GOAL\", \"title\": \"x\", \"version\": 0}")
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/goals/" + unknown).header("Authorization", editor.bearer())).andExpect(status().isNotFound());
        send(post("/api/v1/goals"), "{\"strategyId\": \"" + unknown + "\", \"kind\": \"GOAL\", \"title\": \"x\"}")
                .andExpect(status().isNotFound());
    }
}
