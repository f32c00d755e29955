package dk.pejling.access;

import static dk.pejling.WebSessions.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Administrators create accounts, reset passwords and lift login throttles, in the API and on the page;
 * everybody else is refused. The throttle and the forced password change through the real login form.
 */
@IntegrationTest
class UserAdministrationTest {

    private static final String PASSWORD = "a-long-test-password";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Accounts accounts;
    @Autowired
    LoginThrottle throttle;
    TestUser admin;
    TestUser editor;

    @BeforeEach
    void setUp() {
        admin = users.create(Role.ADMIN);
        editor = users.create(Role.EDITOR);
    }

    private MvcResult login(String username, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password)).andReturn();
    }

    /** A login from a given address, with the known-device cookie when given. */
    private MvcResult login(String username, String password, String address, Cookie device) throws Exception {
        MockHttpServletRequestBuilder request = post("/login").with(csrf()).param("username", username)
                .param("password", password).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        if (device != null) {
            request.cookie(device);
        }
        return mvc.perform(request).andReturn();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, TestUser as, String body) {
        return request.header("Authorization", as.bearer()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void onlyAdministratorsListCreateResetAndUnlock() throws Exception {
        String id = editor.principal().userId().toString();
        for (TestUser refused : new TestUser[] {editor, users.create(Role.READER)}) {
            mvc.perform(get("/api/v1/users").header("Authorization", refused.bearer())).andExpect(status().isForbidden());
            mvc.perform(json(post("/api/v1/users"), refused, "{\"username\": \"x-" + Fixtures.token()
                    + "\", \"roles\": [\"EDITOR\"]}")).andExpect(status().isForbidden());
            mvc.perform(json(post("/api/v1/users/{id}/password-reset", id), refused, "{}")).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/users/{id}/unlock", id).header("Authorization", refused.bearer()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/users")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/users/{id}/password-reset", id)).andExpect(status().isUnauthorized());

        mvc.perform(get("/api/v1/users").header("Authorization", admin.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == '" + editor.principal().username() + "')].roles[0]").value("EDITOR"))
                .andExpect(jsonPath("$[0].passwordHash").doesNotExist());
    }

    @Test
    void anAdministratorCreatesAUserWithOrganisationAndRolesWhoMustChooseAPasswordAtFirstLogin() throws Exception {
        Organisation organisation = fixtures.organisation("Brugerorg " + Fixtures.token());
        String username = "ny-" + Fixtures.token();

        String answer = mvc.perform(json(post("/api/v1/users"), admin, "{\"username\": \"" + username
                        + "\", \"displayName\": \"Ny Bruger\", \"organisationId\": \"" + organisation.id().value()
                        + "\", \"roles\": [\"READER\", \"EDITOR\"]}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String temporary = JsonPath.read(answer, "$.temporaryPassword");

        User created = accounts.findUser(username).orElseThrow();
        assertThat(created.organisationId()).isEqualTo(organisation.id().value());
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.READER, Role.EDITOR);
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(login(username, temporary).getResponse().getRedirectedUrl()).isEqualTo("/adgangskode");

        mvc.perform(json(post("/api/v1/users"), admin, "{\"username\": \"" + username + "\", \"roles\": [\"READER\"]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors.username").value("is already taken"));
        mvc.perform(json(post("/api/v1/users"), admin, "{\"username\": \"u-" + Fixtures.token() + "\", \"roles\": []}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors.roles").exists());
        mvc.perform(json(post("/api/v1/users"), admin, "{\"username\": \"u-" + Fixtures.token()
                        + "\", \"roles\": [\"READER\"], \"organisationId\": \"" + java.util.UUID.randomUUID() + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors.organisationId").exists());
    }

    @Test
    void failedLoginsNeverLockTheHolderOutNorStopTheirTokens() throws Exception {
        String username = editor.principal().username();
        // The holder signed in from this browser before: it carries the account's known-device cookie.
        MvcResult earlier = login(username, PASSWORD, "198.51.100.10", null);
        assertThat(earlier.getResponse().getRedirectedUrl()).isEqualTo("/");
        Cookie device = earlier.getResponse().getCookie(DeviceCookies.NAME);
        assertThat(device).isNotNull();
        assertThat(device.isHttpOnly()).isTrue();
        assertThat(device.getPath()).isEqualTo("/login");

        // Someone guesses from many addresses; each wrong password is checked and counted until the waits begin.
        for (int i = 1; i <= LoginThrottle.FREE_PER_ACCOUNT + 1; i++) {
            assertThat(login(username, "forkert-" + i, "203.0.113." + i, null).getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        assertThat(throttle.failuresOf(username)).isEqualTo(LoginThrottle.FREE_PER_ACCOUNT + 1);
        // ... and keeps going (recorded directly: the real waits would make the test take minutes).
        for (int i = 0; i < 20; i++) {
            throttle.failed(new LoginThrottle.Attempt(username, "203.0.113.99", false), accounts.now());
        }
        assertThat(login(username, "forkert-igen", "203.0.113.100", null).getResponse().getRedirectedUrl())
                .as("a guess must wait and is not even checked").startsWith("/login?throttled=");

        // The holder's API tokens and known browser are untouched.
        mvc.perform(get("/api/v1/me/tasks").header("Authorization", editor.bearer())).andExpect(status().isOk());
        assertThat(login(username, PASSWORD, "198.51.100.10", device).getResponse().getRedirectedUrl()).isEqualTo("/");

        // The holder's login started the account afresh; the guessing goes on. A browser the account
        // never used waits, and the page says how long; an administrator can lift the wait.
        for (int i = 0; i < 20; i++) {
            throttle.failed(new LoginThrottle.Attempt(username, "203.0.113.99", false), accounts.now());
        }
        String wait = login(username, PASSWORD, "198.51.100.11", null).getResponse().getRedirectedUrl();
        assertThat(wait).startsWith("/login?throttled=");
        Document page = page(mvc.perform(get(wait)).andExpect(status().isOk()).andReturn());
        assertThat(page.select("#login-throttled").text()).startsWith("For mange mislykkede forsøg. Vent ");
        mvc.perform(get("/api/v1/users/{id}", editor.principal().userId()).header("Authorization", admin.bearer()))
                .andExpect(jsonPath("$.locked").value(true)).andExpect(jsonPath("$.throttledUntil").exists());
        mvc.perform(post("/api/v1/users/{id}/unlock", editor.principal().userId()).header("Authorization", admin.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.locked").value(false));
        assertThat(login(username, PASSWORD, "198.51.100.11", null).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aPasswordOverBcryptsLimitAtLoginIsAPlainFailedLogin() throws Exception {
        assertThat(login(editor.principal().username(), "x".repeat(100), "198.51.100.20", null).getResponse()
                .getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void aResetPasswordMustBeChangedBeforeAnyOtherPage() throws Exception {
        String username = editor.principal().username();
        String answer = mvc.perform(json(post("/api/v1/users/{id}/password-reset", editor.principal().userId()), admin, "{}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mustChangePassword").value(true))
                .andReturn().getResponse().getContentAsString();
        String temporary = JsonPath.read(answer, "$.temporaryPassword");
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
        assertThat(login(username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");

        MvcResult signedIn = login(username, temporary);
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/adgangskode");
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
        mvc.perform(get("/strategier/ny").session(session)).andExpect(redirectedUrl("/adgangskode"));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/adgangskode"));
        Document form = page(mvc.perform(get("/adgangskode").session(session)).andExpect(status().isOk()).andReturn());
        assertThat(form.select("#password-forced")).isNotEmpty();

        Document refused = page(mvc.perform(post("/adgangskode").session(session).with(csrf())
                        .param("currentPassword", temporary).param("newPassword", "kort").param("repeatPassword", "kort"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(refused.select("#newPassword-error").text()).isEqualTo("skal være mindst 12 tegn");

        mvc.perform(post("/adgangskode").session(session).with(csrf()).param("currentPassword", temporary)
                        .param("newPassword", "mit-eget-nye-kodeord").param("repeatPassword", "mit-eget-nye-kodeord"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/strategier/ny").session(session)).andExpect(status().isOk());
        assertThat(login(username, "mit-eget-nye-kodeord").getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(accounts.findUser(username).orElseThrow().mustChangePassword()).isFalse();
    }

    @Test
    void anAdministratorMaySetTheNewPasswordThemselves() throws Exception {
        mvc.perform(json(post("/api/v1/users/{id}/password-reset", editor.principal().userId()), admin,
                        "{\"password\": \"valgt-af-admin-2026\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.temporaryPassword").doesNotExist());
        mvc.perform(json(post("/api/v1/users/{id}/password-reset", editor.principal().userId()), admin,
                        "{\"password\": \"kort\"}"))
                .andExpect(status().isBadRequest());

        assertThat(login(editor.principal().username(), "valgt-af-admin-2026").getResponse().getRedirectedUrl())
                .isEqualTo("/adgangskode");
    }

    @Test
    void theUsersPageIsForAdministratorsAndShowsATemporaryPasswordOnce() throws Exception {
        MockHttpSession editorSession = WebSessions.signIn(mvc, editor.principal().username(), PASSWORD);
        mvc.perform(get("/brugere").session(editorSession)).andExpect(status().isForbidden());
        mvc.perform(post("/brugere/{id}/nulstil", admin.principal().userId()).session(editorSession).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/brugere")).andExpect(status().is3xxRedirection());

        MockHttpSession session = WebSessions.signIn(mvc, admin.principal().username(), PASSWORD);
        Document list = page(mvc.perform(get("/brugere").session(session)).andExpect(status().isOk()).andReturn());
        assertThat(list.select("#user-" + editor.principal().username())).isNotEmpty();

        mvc.perform(post("/brugere/{id}/nulstil", editor.principal().userId()).session(session).with(csrf()))
                .andExpect(redirectedUrl("/brugere"));
        Document shown = page(mvc.perform(get("/brugere").session(session)).andReturn());
        String temporary = shown.select("#temporary-password code").text();
        assertThat(login(editor.principal().username(), temporary).getResponse().getRedirectedUrl()).isEqualTo("/adgangskode");
        assertThat(page(mvc.perform(get("/brugere").session(session)).andReturn()).select("#temporary-password")).isEmpty();

        Document created = page(mvc.perform(post("/brugere").session(session).with(csrf())
                        .param("username", "side-" + Fixtures.token()))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(created.select("#roles-error").text()).isEqualTo("vælg mindst én rolle");

        // a refused form shows back what was typed and ticked, never the password
        String name = "retur-" + Fixtures.token();
        Document refused = page(mvc.perform(post("/brugere").session(session).with(csrf())
                        .param("username", name).param("displayName", "Ret Tilbage").param("email", "ikke-en-adresse")
                        .param("roles", "EDITOR").param("password", "hemmelig-123456"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(refused.select("#username").val()).isEqualTo(name);
        assertThat(refused.select("#displayName").val()).isEqualTo("Ret Tilbage");
        assertThat(refused.select("#role-EDITOR").hasAttr("checked")).isTrue();
        assertThat(refused.select("#role-READER").hasAttr("checked")).isFalse();
        assertThat(refused.select("#password").val()).isEmpty();
        assertThat(refused.html()).doesNotContain("hemmelig-123456");
    }
}
