package dk.pejling.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.TestUsers.TestUser;
import dk.pejling.WebSessions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** CSRF protection on every form, security headers, and the session cookie's flags and fixation protection. */
@IntegrationTest
class WebSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @LocalServerPort
    int port;

    /** Every POST a page form can send: the controllers' mappings outside the API, and the security filters' own. */
    private List<String> formPosts() {
        Set<String> paths = new TreeSet<>(List.of("/login", "/logout"));
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                info.getPatternValues().stream().filter(p -> !p.startsWith("/api/")).forEach(paths::add);
            }
        });
        return paths.stream().map(p -> p.replaceAll("\\{[^}]+}", UUID.randomUUID().toString())).toList();
    }

    @Test
    void everyFormPostWithoutACsrfTokenIsRefused() throws Exception {
        TestUser admin = users.create(Role.ADMIN);
        MockHttpSession session = WebSessions.signIn(mvc, admin.principal().username(), "a-long-test-password");
        List<String> posts = formPosts();
        assertThat(posts).as("the form families this test covers").contains("/login", "/logout", "/strategier/ny",
                "/mine-api-noegler", "/adgangskode", "/brugere").hasSizeGreaterThan(20);

        List<String> accepted = new ArrayList<>();
        for (String path : posts) {
            int status = mvc.perform(post(path).session(session).param("title", "Forfalsket")).andReturn().getResponse().getStatus();
            if (status != 403) {
                accepted.add(path + " → " + status);
            }
        }
        assertThat(accepted).as("form posts without a CSRF token that were not refused").isEmpty();
        // The session is still signed in: the refusals changed nothing, logout included.
        mvc.perform(get("/strategier/ny").session(session)).andExpect(status().isOk());
    }

    @Test
    void pagesCarryTheSecurityHeadersAndHstsOnHttps() throws Exception {
        MvcResult page = mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Permissions-Policy", org.hamcrest.Matchers.containsString("camera=()")))
                .andExpect(header().doesNotExist("Strict-Transport-Security"))
                .andReturn();
        String csp = page.getResponse().getHeader("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval");

        mvc.perform(get("/").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
        mvc.perform(get("/api/v1/strategies")).andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists("Content-Security-Policy"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());

        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax");
        // The test server runs on http://localhost (PEJLING_BASE_URL is http), so the cookie is not Secure here.
        assertThat(cookie).doesNotContain("Secure");
    }

    @Test
    void signingInGivesTheSessionANewId() throws Exception {
        java.net.CookieManager cookies = new java.net.CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String csrfToken = org.jsoup.Jsoup.parse(form.body()).select("input[name=_csrf]").attr("value");
        String before = sessionId(cookies);

        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + WebSessions.DEMO_EDITOR + "&password="
                        + WebSessions.DEMO_PASSWORD + "&_csrf=" + java.net.URLEncoder.encode(csrfToken, java.nio.charset.StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        // the start page, or "Mine opgaver" when another test left the demo editor an open task
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).matches(".*/(mine-opgaver)?$");
        assertThat(before).isNotNull();
        assertThat(sessionId(cookies)).isNotNull().isNotEqualTo(before);
    }

    private static String sessionId(java.net.CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    @Test
    void theSecureFlagFollowsTheSettingOrElseTheBaseUrl() {
        assertThat(SessionCookieSettings.secure(null, "https://pejling.aalborg.dk")).isTrue();
        assertThat(SessionCookieSettings.secure("", "http://localhost:8080")).isFalse();
        assertThat(SessionCookieSettings.secure("true", "http://localhost:8080")).isTrue();
        assertThat(SessionCookieSettings.secure("false", "https://pejling.aalborg.dk")).isFalse();
    }
}
