package dk.pejling.access;

import static dk.pejling.WebSessions.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.TestUsers.TestUser;
import dk.pejling.WebSessions;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Personal API tokens: made, listed without secrets, revoked or expired with immediate effect. */
@IntegrationTest
class ApiTokensTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    TestUser owner;

    @BeforeEach
    void setUp() {
        owner = users.create(Role.EDITOR);
    }

    private String create(TestUser user, String body) throws Exception {
        return mvc.perform(post("/api/v1/me/tokens").header("Authorization", user.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void createAnswersTheSecretOnceAndTheListNeverShowsItNorItsHash() throws Exception {
        String created = create(owner, "{\"name\": \"Power BI\"}");
        String secret = JsonPath.read(created, "$.token");
        String id = JsonPath.read(created, "$.id");
        assertThat(secret).startsWith("pjl_").hasSizeGreaterThan(40);

        String list = mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].name").value("Power BI"))
                .andReturn().getResponse().getContentAsString();
        String hash = jdbc.queryForObject("SELECT token_hash FROM access_token WHERE id = ?", String.class, UUID.fromString(id));
        assertThat(hash).isEqualTo(AccessToken.hash(secret)).hasSize(64).isNotEqualTo(secret);
        assertThat(list).doesNotContain(secret).doesNotContain(hash).doesNotContain("\"token\"");
        assertThat(jdbc.queryForList("SELECT * FROM access_token WHERE id = ?", UUID.fromString(id)).getFirst().values())
                .as("no column holds the secret itself").noneMatch(v -> secret.equals(String.valueOf(v)));
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() throws Exception {
        String created = create(owner, "{\"name\": \"skript\"}");
        String secret = JsonPath.read(created, "$.token");
        mvc.perform(get("/api/v1/me/tasks").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());

        mvc.perform(delete("/api/v1/me/tokens/{id}", (String) JsonPath.read(created, "$.id"))
                .header("Authorization", owner.bearer())).andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/me/tasks").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/strategies").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", owner.bearer()))
                .andExpect(jsonPath("$[?(@.name == 'skript')].revokedAt").isNotEmpty());
    }

    @Test
    void anExpiredTokenIsRefusedAtOnce() throws Exception {
        String created = create(owner, "{\"name\": \"kortlivet\", \"expiresAt\": \"" + Instant.now().plusSeconds(3600) + "\"}");
        String secret = JsonPath.read(created, "$.token");
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());

        jdbc.update("UPDATE access_token SET expires_at = ? WHERE id = ?", Timestamp.from(Instant.now().minusSeconds(1)),
                UUID.fromString(JsonPath.read(created, "$.id")));

        mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
    }

    @Test
    void anExpiryInThePastOrWithoutANameIsRefused() throws Exception {
        mvc.perform(post("/api/v1/me/tokens").header("Authorization", owner.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"gammel\", \"expiresAt\": \"2020-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.expiresAt").value("must be in the future"));
        mvc.perform(post("/api/v1/me/tokens").header("Authorization", owner.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.name").exists());
    }

    @Test
    void nobodyElseCanRevokeATokenAndAnonymousCallersCannotMakeOne() throws Exception {
        String created = create(owner, "{\"name\": \"mit\"}");
        String id = JsonPath.read(created, "$.id");
        TestUser other = users.create(Role.ADMIN);

        mvc.perform(delete("/api/v1/me/tokens/{id}", id).header("Authorization", other.bearer())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me/tokens")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/me/tokens").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + JsonPath.read(created, "$.token")))
                .andExpect(status().isOk());
    }

    @Test
    void theTokenPageShowsANewSecretOnceAndRevokes() throws Exception {
        MockHttpSession session = WebSessions.signIn(mvc, owner.principal().username(), "a-long-test-password");

        mvc.perform(post("/mine-api-noegler").session(session).with(csrf())
                        .param("name", "Regneark").param("expiresOn", "2099-12-31"))
                .andExpect(redirectedUrl("/mine-api-noegler"));
        // The session carries the secret to the next page only, as a browser following the redirect sees it.
        Document shown = page(mvc.perform(get("/mine-api-noegler").session(session)).andReturn());
        String secret = shown.select("#new-token code").text();
        assertThat(secret).startsWith("pjl_");
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());

        Document again = page(mvc.perform(get("/mine-api-noegler").session(session)).andReturn());
        assertThat(again.select("#new-token")).isEmpty();
        assertThat(again.html()).doesNotContain(secret);
        assertThat(again.select("td").eachText()).contains("Regneark", "Aktiv");

        String action = again.select("form[action$=/tilbagekald]").first().attr("action");
        mvc.perform(post(action).session(session).with(csrf())).andExpect(redirectedUrl("/mine-api-noegler"));
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
    }

    @Test
    void theTokenPageNeedsASession() throws Exception {
        mvc.perform(get("/mine-api-noegler")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }
}
