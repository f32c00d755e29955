package dk.pejling.safetyindex;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where only an aggregate is published, the share with its n and source is registered through the API and
 * the computation uses it with its Wilson interval (53,5 % of 293 → 47,8–59,1 %); bad fields are 400.
 */
@IntegrationTest
class PublishedShareApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    private final JsonMapper json = JsonMapper.builder().build();

    private ResultActions post(String path, Object body, TestUsers.TestUser user) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)).header("Authorization", user.bearer()));
    }

    @Test
    void aPublishedShareEntersTheComputationWithItsSourceAndBadFieldsAre400() throws Exception {
        TestUsers.TestUser editor = users.create(Role.EDITOR);
        String area = "s" + UUID.randomUUID().toString().substring(0, 8);
        post("/api/v1/safety-index/areas", Map.of("areas", List.of(Map.of("code", area, "name", "Andelsområde", "kind", "AFDELING"))),
                editor).andExpect(status().isOk());
        Map<String, Object> share = new LinkedHashMap<>(Map.of("area", area, "period", "2019", "indicator", "andel_tryg",
                "share", 0.535, "n", 293, "source", "Politiets tryghedsundersøgelse 2019 (test)"));
        post("/api/v1/safety-index/shares", share, editor).andExpect(status().isCreated())
                .andExpect(jsonPath("$.nEffective").value(293.0));
        Map<String, Object> bad = new LinkedHashMap<>(Map.of("area", area, "period", "2019-X", "indicator", "Andel Tryg!",
                "share", 53.5, "n", 0, "source", " "));
        post("/api/v1/safety-index/shares", bad, editor).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.period").exists()).andExpect(jsonPath("$.fieldErrors.indicator").exists())
                .andExpect(jsonPath("$.fieldErrors.share").exists()).andExpect(jsonPath("$.fieldErrors.n").exists())
                .andExpect(jsonPath("$.fieldErrors.source").exists());
        share.put("area", "intet-" + area);
        post("/api/v1/safety-index/shares", share, editor).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.area").exists());
        post("/api/v1/safety-index/shares", share, users.create(Role.READER)).andExpect(status().isForbidden());

        String version = mvc.perform(get("/api/v1/safety-index/methods")).andReturn().getResponse().getContentAsString().contains("\"1.0.0\"")
                ? "1.0.0" : null;
        if (version == null) {
            post("/api/v1/safety-index/methods", Map.of("document", SafetyFixtures.methodText(), "publicIndex", true), editor)
                    .andExpect(status().isCreated());
        }
        post("/api/v1/safety-index/computations", Map.of("method", "1.0.0", "period", "2019"), editor).andExpect(status().isOk());
        mvc.perform(get("/api/v1/safety-index/values").param("area", area).param("period", "2019").param("method", "1.0.0"))
                .andExpect(jsonPath("$.items[0].indicators[0].low").value(org.hamcrest.Matchers.closeTo(47.8, 0.05)))
                .andExpect(jsonPath("$.items[0].indicators[0].high").value(org.hamcrest.Matchers.closeTo(59.1, 0.05)))
                .andExpect(jsonPath("$.items[0].indicators[0].source").value("Politiets tryghedsundersøgelse 2019 (test)"));
    }
}
