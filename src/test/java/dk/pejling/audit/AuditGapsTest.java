package dk.pejling.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.TestUsers.TestUser;
import dk.pejling.WebSessions;
import dk.pejling.access.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the probes found missing from the log: coordinator appointments and dismissals, a user's own
 * password change, the API token used, and an address that a client can forge with X-Forwarded-For.
 */
@IntegrationTest
class AuditGapsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @LocalServerPort
    int port;
    TestUser admin;
    TestUser coordinator;
    String politi;

    @BeforeEach
    void setUp() throws Exception {
        admin = users.create(Role.ADMIN);
        politi = JsonPath.read(mvc.perform(get("/api/v1/organisations").param("q", "Nordjyllands Politi"))
                .andReturn().getResponse().getContentAsString(), "$.items[0].id");
        coordinator = users.create(Role.EDITOR, UUID.fromString(politi));
    }

    private String strategyJson() {
        return """
                {"title": "Revisionsspor %s", "kind": "PLAN", "ownerId": "%s", "status": "DRAFT", "visibility": "PUBLIC"}"""
                .formatted(UUID.randomUUID(), politi);
    }

    private String newStrategy() throws Exception {
        return JsonPath.read(mvc.perform(post("/api/v1/strategies").header("Authorization", coordinator.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(strategyJson()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private List<Map<String, Object>> entries(String record) throws Exception {
        String json = mvc.perform(get("/api/v1/audit").param("record", record).param("size", "100")
                        .header("Authorization", admin.bearer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(json, "$.items");
    }

    @Test
    void appointingAndDismissingACoordinatorAreLoggedWithTheTokenThatDidIt() throws Exception {
        String strategy = newStrategy();
        TestUser appointee = users.create(Role.READER);
        String userId = appointee.principal().userId().toString();

        mvc.perform(post("/api/v1/strategies/{id}/coordinators", strategy).header("Authorization", coordinator.bearer())
                .contentType(MediaType.APPLICATION_JSON).content("{\"userId\": \"" + userId + "\"}"))
                .andExpect(status().isCreated());
        mvc.perform(delete("/api/v1/strategies/{id}/coordinators/{user}", strategy, userId)
                .header("Authorization", coordinator.bearer())).andExpect(status().isNoContent());

        List<Map<String, Object>> log = entries("access_coordinator:" + strategy);
        assertThat(log).extracting(e -> e.get("action")).containsExactlyInAnyOrder("CREATE", "DELETE");
        assertThat(log).allSatisfy(e -> {
            assertThat(e.get("actorName")).isEqualTo(coordinator.principal().username());
            assertThat((String) e.get("actorToken")).as("the token's name and id").startsWith("test (").endsWith(")");
            assertThat(String.valueOf(e.get("after")) + e.get("before")).contains(userId);
        });
        assertThat(entries("strategy:" + strategy)).first()
                .satisfies(e -> assertThat((String) e.get("actorToken")).startsWith("test ("));
    }

    @Test
    void aUsersOwnPasswordChangeIsLoggedWithoutThePassword() throws Exception {
        TestUser user = users.create(Role.READER);
        MockHttpSession session = WebSessions.signIn(mvc, user.principal().username(), "a-long-test-password");
        mvc.perform(post("/adgangskode").session(session).with(csrf()).param("currentPassword", "a-long-test-password")
                        .param("newPassword", "helt-nyt-kodeord-her").param("repeatPassword", "helt-nyt-kodeord-her"))
                .andExpect(redirectedUrl("/"));

        List<Map<String, Object>> log = entries("access_user:" + user.principal().userId());
        assertThat(log).anySatisfy(e -> {
            assertThat(e.get("action")).isEqualTo("UPDATE");
            assertThat(e.get("actorName")).isEqualTo(user.principal().username());
            assertThat(String.valueOf(e.get("after"))).contains("changed own password");
        });
        assertThat(log.toString()).doesNotContain("helt-nyt-kodeord-her").doesNotContain("{bcrypt}");
    }

    @Test
    void anXForwardedForHeaderFromAPeerThatIsNoTrustedProxyIsNotBelieved() throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/strategies"))
                .header("Authorization", coordinator.bearer()).header("Content-Type", "application/json")
                .header("X-Forwarded-For", "203.0.113.77")
                .POST(HttpRequest.BodyPublishers.ofString(strategyJson())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        String strategy = JsonPath.read(created.body(), "$.id");

        assertThat(entries("strategy:" + strategy)).singleElement()
                .satisfies(e -> assertThat(e.get("ipAddress")).isEqualTo("127.0.0.1"));
    }
}
