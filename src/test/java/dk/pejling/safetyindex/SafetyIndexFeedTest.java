package dk.pejling.safetyindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creating a feed from the safety index into an indicator of the goal tree, by API and page: every bad
 * field is a 400 with its field error and nothing is saved; a valid feed is listed; a reader may not.
 */
@IntegrationTest
class SafetyIndexFeedTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    private final JsonMapper json = JsonMapper.builder().build();
    TestUsers.TestUser admin;
    String area;
    String indicatorKey;

    @BeforeEach
    void setUp() throws Exception {
        admin = users.create(Role.ADMIN);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        area = "f" + tag;
        indicatorKey = "feed-" + tag;
        postJson("/api/v1/safety-index/areas", Map.of("areas", List.of(Map.of("code", area, "name", "Fødeområde " + tag,
                "kind", "KOMMUNE"))), admin).andExpect(status().isOk());
        postJson("/api/v1/indicators", Map.of("key", indicatorKey, "name", "Fødeindikator " + tag, "unit", "PERCENTAGE_POINTS",
                "direction", "HIGHER_IS_BETTER", "visibility", "PUBLIC"), admin).andExpect(status().isCreated());
        if (mvc.perform(get("/api/v1/safety-index/methods/1.0.0")).andReturn().getResponse().getStatus() == 404) {
            postJson("/api/v1/safety-index/methods", Map.of("document", SafetyFixtures.methodText(), "publicIndex", true), admin)
                    .andExpect(status().isCreated());
        }
    }

    private ResultActions postJson(String path, Object body, TestUsers.TestUser user) throws Exception {
        var request = post(path).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        if (user != null) {
            request.header("Authorization", user.bearer());
        }
        return mvc.perform(request);
    }

    private Map<String, Object> feed(String component, String baseline) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("indicatorKey", indicatorKey);
        body.put("area", area);
        body.put("method", "1.0.0");
        body.put("component", component);
        body.put("baseline", baseline);
        return body;
    }

    private String listed() throws Exception {
        return mvc.perform(get("/api/v1/safety-index/feeds").header("Authorization", admin.bearer()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aChangeFeedIsSavedListedAndRemoved() throws Exception {
        postJson("/api/v1/safety-index/feeds", feed("ind:andel_tryg", "2015"), admin).andExpect(status().isCreated())
                .andExpect(jsonPath("$.baseline").value("2015")).andExpect(jsonPath("$.component").value("ind:andel_tryg"));
        assertThat(listed()).contains(indicatorKey).contains("\"baseline\":\"2015\"");
        mvc.perform(delete("/api/v1/safety-index/feeds").param("indicator", indicatorKey).param("area", area)
                .param("method", "1.0.0").header("Authorization", admin.bearer())).andExpect(status().isNoContent());
        assertThat(listed()).doesNotContain(indicatorKey);
    }

    @Test
    void everyBadFieldIsA400WithItsFieldErrorAndNothingIsSaved() throws Exception {
        Map<String, Object> unknown = feed("ind:ingen_saadan", null);
        unknown.put("indicatorKey", "findes-ikke-" + area);
        unknown.put("area", "intet-" + area);
        postJson("/api/v1/safety-index/feeds", unknown, admin).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.indicatorKey").exists())
                .andExpect(jsonPath("$.fieldErrors.area").exists())
                .andExpect(jsonPath("$.fieldErrors.component").exists());
        Map<String, Object> noMethod = feed("index", null);
        noMethod.put("method", "0.0.0-ingen");
        postJson("/api/v1/safety-index/feeds", noMethod, admin).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.methodVersion").exists());
        postJson("/api/v1/safety-index/feeds", feed("sub:oplevet", "2015"), admin).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.component").value(org.hamcrest.Matchers.containsString("sub-index")));
        postJson("/api/v1/safety-index/feeds", feed("index", "det-første-år"), admin).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.period").exists());
        postJson("/api/v1/safety-index/feeds", feed("noget", null), admin).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.component").exists());
        postJson("/api/v1/safety-index/feeds", Map.of(), admin).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.indicatorKey").exists()).andExpect(jsonPath("$.fieldErrors.area").exists());
        assertThat(listed()).doesNotContain(indicatorKey);
    }

    @Test
    void aReaderMayNotAndTheAnonymousMustSignIn() throws Exception {
        postJson("/api/v1/safety-index/feeds", feed("index", null), users.create(Role.READER)).andExpect(status().isForbidden());
        postJson("/api/v1/safety-index/feeds", feed("index", null), null).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/safety-index/feeds")).andExpect(status().isUnauthorized());
        assertThat(listed()).doesNotContain(indicatorKey);
    }

    @Test
    void thePageShowsBadInputInDanishBesideTheFieldAndSavesAGoodFeed() throws Exception {
        var session = dk.pejling.WebSessions.signIn(mvc, admin.principal().username(), "a-long-test-password");
        String page = mvc.perform(post("/tryghed/koblinger").session(session).with(org.springframework.security.test.web.servlet
                        .request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("indicatorKey", indicatorKey).param("area", area).param("methodVersion", "1.0.0")
                        .param("component", "sub:oplevet").param("baseline", "2015"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("et delindeks har intet interval").contains("form-error");
        mvc.perform(post("/tryghed/koblinger").session(session).with(org.springframework.security.test.web.servlet
                        .request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("indicatorKey", indicatorKey).param("area", area).param("methodVersion", "1.0.0")
                        .param("component", "index").param("baseline", ""))
                .andExpect(status().is3xxRedirection());
        String list = mvc.perform(get("/tryghed/koblinger").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("Fødeindikator").contains("niveauet");
    }
}
