package dk.pejling.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.Fixtures;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.TestUsers.TestUser;
import dk.pejling.WebSessions;
import dk.pejling.organisation.Organisation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Administrators edit, deactivate and reactivate accounts, in the API and on the page: stale versions
 * answer 409, a deactivated account cannot sign in and loses its sessions and tokens until it is
 * reactivated, and every change is in the audit log.
 */
@IntegrationTest
class UserEditingTest {

    private static final String PASSWORD = "a-long-test-password";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Accounts accounts;
    TestUser admin;
    TestUser editor;

    @BeforeEach
    void setUp() {
        admin = users.create(Role.ADMIN);
        editor = users.create(Role.EDITOR);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, TestUser as, String body) {
        return request.header("Authorization", as.bearer()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long version(TestUser user) throws Exception {
        String json = mvc.perform(get("/api/v1/users/{id}", user.principal().userId()).header("Authorization", admin.bearer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.version")).longValue();
    }

    private List<Map<String, Object>> audit(UUID userId) throws Exception {
        String json = mvc.perform(get("/api/v1/audit").param("record", "access_user:" + userId).param("size", "100")
                        .header("Authorization", admin.bearer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(json, "$.items");
    }

    @Test
    void anAdministratorEditsNameEmailOrganisationAndRolesAndAStaleVersionIsAConflict() throws Exception {
        Organisation organisation = fixtures.organisation("Redigeret org " + Fixtures.token());
        UUID id = editor.principal().userId();
        long read = version(editor);
        String body = "{\"displayName\": \"Ny Navnesen\", \"email\": \"ny@example.org\", \"organisationId\": \""
                + organisation.id().value() + "\", \"roles\": [\"READER\", \"EDITOR\"], \"version\": " + read + "}";

        mvc.perform(json(put("/api/v1/users/{id}", id), editor, body)).andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/users/{id}", id), admin, body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Ny Navnesen"))
                .andExpect(jsonPath("$.email").value("ny@example.org"))
                .andExpect(jsonPath("$.organisationId").value(organisation.id().value().toString()))
                .andExpect(jsonPath("$.version").value(read + 1));
        User stored = accounts.findUser(editor.principal().username()).orElseThrow();
        assertThat(stored.roles()).containsExactlyInAnyOrder(Role.READER, Role.EDITOR);

        // A second administrator saving what they read before the first one saved: 409, nothing changed.
        mvc.perform(json(put("/api/v1/users/{id}", id), admin, body.replace("Ny Navnesen", "Forældet")))
                .andExpect(status().isConflict());
        assertThat(accounts.findUser(editor.principal().username()).orElseThrow().displayName()).isEqualTo("Ny Navnesen");

        mvc.perform(json(put("/api/v1/users/{id}", id), admin, "{\"email\": \"ikke-en-adresse\", \"roles\": [], "
                        + "\"version\": " + (read + 1) + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.email").value("is not an e-mail address"))
                .andExpect(jsonPath("$.fieldErrors.roles").value("choose at least one role"));
        mvc.perform(json(put("/api/v1/users/{id}", admin.principal().userId()), admin,
                        "{\"roles\": [\"EDITOR\"], \"version\": " + version(admin) + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.roles").value("you cannot take the administrator role from yourself"));

        assertThat(audit(id)).anySatisfy(e -> {
            assertThat(e.get("action")).isEqualTo("UPDATE");
            assertThat(String.valueOf(e.get("after"))).contains("Ny Navnesen");
        });
    }

    @Test
    void aDeactivatedAccountCannotSignInLosesItsSessionsAndTokensUntilReactivated() throws Exception {
        UUID id = editor.principal().userId();
        MockHttpSession session = WebSessions.signIn(mvc, editor.principal().username(), PASSWORD);
        mvc.perform(get("/mine-opgaver").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me/tasks").header("Authorization", editor.bearer())).andExpect(status().isOk());

        mvc.perform(json(post("/api/v1/users/{id}/deactivate", id), admin, "{\"version\": " + (version(editor) + 5) + "}"))
                .andExpect(status().isConflict());
        mvc.perform(json(post("/api/v1/users/{id}/deactivate", id), admin, "{\"version\": " + version(editor) + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));

        mvc.perform(get("/mine-opgaver").session(session)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me/tasks").header("Authorization", editor.bearer())).andExpect(status().isUnauthorized());
        assertThat(mvc.perform(post("/login").with(csrf()).param("username", editor.principal().username())
                .param("password", PASSWORD)).andReturn().getResponse().getRedirectedUrl()).startsWith("/login?");

        mvc.perform(json(post("/api/v1/users/{id}/deactivate", admin.principal().userId()), admin,
                        "{\"version\": " + version(admin) + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors.enabled").exists());

        mvc.perform(json(post("/api/v1/users/{id}/reactivate", id), admin, "{\"version\": " + version(editor) + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(true));
        mvc.perform(get("/api/v1/me/tasks").header("Authorization", editor.bearer())).andExpect(status().isOk());
        assertThat(mvc.perform(post("/login").with(csrf()).param("username", editor.principal().username())
                .param("password", PASSWORD)).andReturn().getResponse().getRedirectedUrl()).isIn("/", "/mine-opgaver");

        assertThat(audit(id)).filteredOn(e -> "STATUS_CHANGE".equals(e.get("action"))).hasSize(2);
    }

    @Test
    void theUsersPagesEditAndDeactivateWithDanishInlineErrorsAndConflicts() throws Exception {
        TestUser other = users.create(Role.ADMIN);
        MockHttpSession session = WebSessions.signIn(mvc, other.principal().username(), PASSWORD);
        UUID id = editor.principal().userId();
        String username = editor.principal().username();

        Document form = WebSessions.page(mvc.perform(get("/brugere/{id}/rediger", id).session(session))
                .andExpect(status().isOk()).andReturn());
        String read = form.select("input[name=version]").first().val();
        assertThat(form.select("#role-EDITOR").hasAttr("checked")).isTrue();

        Document refused = WebSessions.page(mvc.perform(post("/brugere/{id}/rediger", id).session(session).with(csrf())
                        .param("displayName", "Nyt navn").param("email", "forkert").param("version", read))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(refused.select("#email-error").text()).isEqualTo("er ikke en e-mailadresse");
        assertThat(refused.select("#roles-error").text()).isEqualTo("vælg mindst én rolle");
        assertThat(refused.select("#error-summary").text()).contains("E-mail").contains("Roller");

        mvc.perform(post("/brugere/{id}/rediger", id).session(session).with(csrf()).param("displayName", "Nyt navn")
                        .param("roles", "READER").param("version", read))
                .andExpect(redirectedUrl("/brugere"));
        Document stale = WebSessions.page(mvc.perform(post("/brugere/{id}/rediger", id).session(session).with(csrf())
                        .param("displayName", "Forældet").param("roles", "EDITOR").param("version", read))
                .andExpect(status().isConflict()).andReturn());
        assertThat(stale.select("#conflict").text()).startsWith("En anden har ændret brugeren");
        assertThat(stale.select("#displayName").val()).isEqualTo("Nyt navn");

        String current = stale.select("form[action$=/deaktiver] input[name=version]").first().val();
        mvc.perform(post("/brugere/{id}/deaktiver", id).session(session).with(csrf()).param("version", current))
                .andExpect(redirectedUrl("/brugere"));
        Document list = WebSessions.page(mvc.perform(get("/brugere").session(session)).andExpect(status().isOk()).andReturn());
        assertThat(list.select("#user-" + username).text()).contains("Deaktiveret").contains("Læser");
        Document deactivated = WebSessions.page(mvc.perform(get("/brugere/{id}/rediger", id).session(session))
                .andExpect(status().isOk()).andReturn());
        assertThat(deactivated.select("#deactivated-badge").text()).isEqualTo("Deaktiveret");
        assertThat(deactivated.select("form[action$=/genaktiver]")).hasSize(1);

        Document self = WebSessions.page(mvc.perform(post("/brugere/{id}/deaktiver", other.principal().userId())
                        .session(session).with(csrf()).param("version", Long.toString(version(other))))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(self.select("#activation-error").text()).isEqualTo("du kan ikke deaktivere din egen bruger");

        MockHttpSession editorSession = WebSessions.signIn(mvc, users.create(Role.EDITOR).principal().username(), PASSWORD);
        mvc.perform(get("/brugere/{id}/rediger", id).session(editorSession)).andExpect(status().isForbidden());
    }
}
