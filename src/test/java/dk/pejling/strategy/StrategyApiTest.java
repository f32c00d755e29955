package dk.pejling.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class StrategyApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    TestUsers.TestUser editor;
    String ownerId;

    @BeforeEach
    void setUp() throws Exception {
        editor = users.create(Role.ADMIN); // the permission rules are PermissionMatrixTest's
        String orgs = mvc.perform(get("/api/v1/organisations").param("q", "Nordjyllands Politi"))
                .andReturn().getResponse().getContentAsString();
        ownerId = JsonPath.read(orgs, "$.items[0].id");
    }

    private String body(String title, String visibility) {
        return """
                {"title": "%s", "kind": "STRATEGY", "ownerId": "%s", "status": "DRAFT",
                 "periodFrom": "2026-01-01", "periodTo": "2029-12-31", "themes": ["Tryghed"],
                 "links": [{"title": "Forside", "url": "https://example.org/plan"}],
                 "visibility": "%s"}""".formatted(title, ownerId, visibility);
    }

    private String create(String title, String visibility) throws Exception {
        String json = mvc.perform(post("/api/v1/strategies").header("Authorization", editor.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body(title, visibility)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.id");
    }

    @Test
    void createsReadsAndListsAStrategyWithItsGoalTree() throws Exception {
        String id = create("Tryghedsplan test " + System.nanoTime(), "PUBLIC");
        String goal = mvc.perform(post("/api/v1/goals").header("Authorization", editor.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"strategyId\": \"" + id + "\", \"code\": \"1\", \"kind\": \"MAIN_GOAL\", \"title\": \"Hovedmål\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String goalId = JsonPath.read(goal, "$.id");
        mvc.perform(post("/api/v1/goals").header("Authorization", editor.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"strategyId\": \"" + id + "\", \"parentId\": \"" + goalId + "\", \"code\": \"1.1\", \"kind\": \"GOAL\", \"title\": \"Delmål\"}"))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/strategies/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.owner.name").value("Nordjyllands Politi"))
                .andExpect(jsonPath("$.children[0].code").value("1"))
                .andExpect(jsonPath("$.children[0].children[0].code").value("1.1"))
                .andExpect(jsonPath("$.links[0].url").value("https://example.org/plan"));
        mvc.perform(get("/api/v1/strategies").param("q", "tryghedsplan test"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber())
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").exists());
    }

    @Test
    void internalStrategyIsNotFoundForAnonymousCallersButReadableWithAToken() throws Exception {
        String id = create("Intern arbejdsplan " + System.nanoTime(), "INTERNAL");
        mvc.perform(get("/api/v1/strategies/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/strategies").param("q", "Intern arbejdsplan"))
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").doesNotExist());
        mvc.perform(get("/api/v1/strategies/" + id).header("Authorization", editor.bearer()))
                .andExpect(status().isOk());
    }

    @Test
    void staleVersionIsAConflictAndNothingIsWritten() throws Exception {
        String id = create("Versionstest " + System.nanoTime(), "PUBLIC");
        String update = body("Første ændring", "PUBLIC").replace("}", ", \"version\": 0}");
        mvc.perform(put("/api/v1/strategies/" + id).header("Authorization", editor.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(update)).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/strategies/" + id).header("Authorization", editor.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body("Anden ændring", "PUBLIC").replace("}", ", \"version\": 0}")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(get("/api/v1/strategies/" + id)).andExpect(jsonPath("$.title").value("Første ændring"));
    }

    @Test
    void badInputGetsFieldErrors() throws Exception {
        mvc.perform(post("/api/v1/strategies").header("Authorization", editor.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \" \", \"periodFrom\": \"2020-01-01\", \"periodTo\": \"2019-01-01\","
                                + " \"links\": [{\"title\": \"x\", \"url\": \"javascript:alert(1)\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.title").value("must not be blank"))
                .andExpect(jsonPath("$.fieldErrors.kind").exists())
                .andExpect(jsonPath("$.fieldErrors.ownerId").exists())
                .andExpect(jsonPath("$.fieldErrors.periodTo").exists())
                .andExpect(jsonPath("$['fieldErrors']['links[0].url']").exists());
    }

    @Test
    void aValueOfTheWrongTypeInsideAListNamesTheNestedField() throws Exception {
        mvc.perform(post("/api/v1/strategies").header("Authorization", editor.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Forkert type", "PUBLIC").replace("\"title\": \"Forside\"",
                                "\"id\": \"not-a-uuid\", \"title\": \"Forside\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$['fieldErrors']['links[0].id']").value("has an invalid value"));
        mvc.perform(post("/api/v1/strategies").header("Authorization", editor.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Forkert dato", "PUBLIC").replace("2026-01-01", "1. januar 2026")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.periodFrom").value("has an invalid value"));
    }

    @Test
    void writesNeedATokenAndReadersMayNotWrite() throws Exception {
        mvc.perform(post("/api/v1/strategies").contentType(MediaType.APPLICATION_JSON).content(body("x", "PUBLIC")))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/strategies").header("Authorization", "Bearer pjl_not-a-token")
                        .contentType(MediaType.APPLICATION_JSON).content(body("x", "PUBLIC")))
                .andExpect(status().isUnauthorized());
        TestUsers.TestUser reader = users.create(Role.READER);
        mvc.perform(post("/api/v1/strategies").header("Authorization", reader.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body("x", "PUBLIC")))
                .andExpect(status().isForbidden());
    }

    @Test
    void deletesAStrategyWithItsGoals() throws Exception {
        String id = create("Slettes " + System.nanoTime(), "PUBLIC");
        mvc.perform(delete("/api/v1/strategies/" + id).header("Authorization", editor.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/strategies/" + id)).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/api/v1/goals").param("strategy", id)).andReturn().getResponse()
                .getContentAsString()).contains("\"total\":0");
    }
}
