package dk.pejling.access;

import static dk.pejling.WebSessions.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.Fixtures;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.TestUsers.TestUser;
import dk.pejling.WebSessions;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What a new password must be on every path that sets one, and what a reset or a change does to
 * the sessions and tokens that knew the old one.
 */
@IntegrationTest
class PasswordsAndSessionsTest {

    private static final String PASSWORD = "a-long-test-password";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
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

    private void signedIn(MockHttpSession session) throws Exception {
        mvc.perform(get("/mine-api-noegler").session(session)).andExpect(status().isOk());
    }

    private void endedAndSentToLogin(MockHttpSession session) throws Exception {
        mvc.perform(get("/mine-api-noegler").session(session)).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void anAdministratorsResetEndsAllSessionsAndRevokesTokensOnlyWhenConfirmed() throws Exception {
        String username = editor.principal().username();
        MockHttpSession phone = WebSessions.signIn(mvc, username, PASSWORD);
        MockHttpSession desk = WebSessions.signIn(mvc, username, PASSWORD);
        signedIn(phone);
        signedIn(desk);

        mvc.perform(json(post("/api/v1/users/{id}/password-reset", editor.principal().userId()), admin, "{}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sessionsEnded").value(2))
                .andExpect(jsonPath("$.tokensRevoked").value(0));
        endedAndSentToLogin(phone);
        endedAndSentToLogin(desk);
        Document login = page(mvc.perform(get("/login?expired")).andReturn());
        assertThat(login.select("#login-expired").text()).contains("adgangskoden til din konto er skiftet eller nulstillet");
        // Without the confirmation the tokens keep working.
        mvc.perform(get("/api/v1/me/tasks").header("Authorization", editor.bearer())).andExpect(status().isOk());

        mvc.perform(json(post("/api/v1/users/{id}/password-reset", editor.principal().userId()), admin,
                        "{\"revokeTokens\": true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.tokensRevoked").value(1));
        mvc.perform(get("/api/v1/me/tasks").header("Authorization", editor.bearer())).andExpect(status().isUnauthorized());
    }

    @Test
    void theResetFormOnTheUsersPageRevokesTokensWhenTheBoxIsTicked() throws Exception {
        MockHttpSession session = WebSessions.signIn(mvc, admin.principal().username(), PASSWORD);
        mvc.perform(post("/brugere/{id}/nulstil", editor.principal().userId()).session(session).with(csrf()))
                .andExpect(redirectedUrl("/brugere"));
        mvc.perform(get("/api/v1/me/tasks").header("Authorization", editor.bearer())).andExpect(status().isOk());
        mvc.perform(post("/brugere/{id}/nulstil", editor.principal().userId()).param("revokeTokens", "true")
                .session(session).with(csrf())).andExpect(redirectedUrl("/brugere"));
        mvc.perform(get("/api/v1/me/tasks").header("Authorization", editor.bearer())).andExpect(status().isUnauthorized());
    }

    @Test
    void aUsersOwnChangeEndsTheirOtherSessionsButNotTheCurrentOne() throws Exception {
        String username = editor.principal().username();
        MockHttpSession here = WebSessions.signIn(mvc, username, PASSWORD);
        MockHttpSession elsewhere = WebSessions.signIn(mvc, username, PASSWORD);

        mvc.perform(post("/adgangskode").session(here).with(csrf()).param("currentPassword", PASSWORD)
                        .param("newPassword", "mit-eget-nye-kodeord").param("repeatPassword", "mit-eget-nye-kodeord"))
                .andExpect(redirectedUrl("/"));

        signedIn(here);
        endedAndSentToLogin(elsewhere);
        mvc.perform(get("/api/v1/me/tasks").header("Authorization", editor.bearer())).andExpect(status().isOk());
    }

    @Test
    void commonPasswordsOwnNamesAndOverLongPasswordsAreRefusedWithA400OnEveryPath() throws Exception {
        String id = editor.principal().userId().toString();
        mvc.perform(json(post("/api/v1/users/{id}/password-reset", id), admin, "{\"password\": \"password1234\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.password").value("is too common or too easy to guess"));
        mvc.perform(json(post("/api/v1/users/{id}/password-reset", id), admin, "{\"password\": \"aaaaaaaaaaaa\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors.password").exists());
        mvc.perform(json(post("/api/v1/users/{id}/password-reset", id), admin,
                        "{\"password\": \"" + "æøå-blåbærgrød-".repeat(4) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.password").value("must be at most 72 bytes"));
        String name = "karen-" + Fixtures.token();
        mvc.perform(json(post("/api/v1/users"), admin, "{\"username\": \"" + name + "\", \"displayName\": \"Karen Blixen\", "
                        + "\"roles\": [\"READER\"], \"password\": \"blixen-skriver-bedst\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.password").value("must not contain your user name, name or e-mail address"));
        mvc.perform(json(post("/api/v1/users"), admin, "{\"username\": \"" + name + "\", \"roles\": [\"READER\"], "
                        + "\"password\": \"" + "x".repeat(100) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors.password").exists());

        MockHttpSession session = WebSessions.signIn(mvc, editor.principal().username(), PASSWORD);
        Document refused = page(mvc.perform(post("/adgangskode").session(session).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "password1234")
                        .param("repeatPassword", "password1234"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(refused.select("#newPassword-error").text()).isEqualTo("er for almindelig eller for let at gætte");
        Document tooLong = page(mvc.perform(post("/adgangskode").session(session).with(csrf())
                        .param("currentPassword", "y".repeat(100)).param("newPassword", "z".repeat(100))
                        .param("repeatPassword", "z".repeat(100)))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(tooLong.select("#currentPassword-error")).isNotEmpty();
    }

    @Test
    void aUserCreatedWithAPasswordTheAdministratorChoseMustChangeItAtFirstLogin() throws Exception {
        String name = "bruger-" + Fixtures.token();
        mvc.perform(json(post("/api/v1/users"), admin, "{\"username\": \"" + name + "\", \"roles\": [\"EDITOR\"], "
                        + "\"password\": \"admin-valgte-dette-kodeord\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.temporaryPassword").doesNotExist())
                .andExpect(jsonPath("$.mustChangePassword").value(true));

        var signedIn = mvc.perform(post("/login").with(csrf()).param("username", name)
                .param("password", "admin-valgte-dette-kodeord")).andExpect(redirectedUrl("/adgangskode")).andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
        mvc.perform(get("/mine-api-noegler").session(session)).andExpect(redirectedUrl("/adgangskode"));
    }
}
