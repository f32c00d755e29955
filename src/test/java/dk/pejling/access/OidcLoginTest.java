package dk.pejling.access;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.Fixtures;
import dk.pejling.IntegrationTest;
import dk.pejling.organisation.Organisation;
import dk.pejling.organisation.OrganisationService;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * OpenID Connect login end to end against a real provider (mock-oauth2-server) started here: the
 * authorization-code flow as a browser follows it, redirects and cookies included. This class has
 * its own application context because the issuer is configured at start-up.
 */
@IntegrationTest
class OidcLoginTest {

    private static final String ISSUER_ID = "kommune";
    private static final MockOAuth2Server provider = started();

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    OrganisationService organisations;
    @Autowired
    Fixtures fixtures;

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        registry.add("pejling.oidc.issuer", () -> provider.issuerUrl(ISSUER_ID).toString());
        registry.add("pejling.oidc.client-id", () -> "pejling");
        registry.add("pejling.oidc.client-secret", () -> "hemmelig");
        registry.add("pejling.oidc.label", () -> "Aalborg Kommune SSO");
        registry.add("pejling.oidc.organisation-claim", () -> "org");
        registry.add("pejling.oidc.organisation-mapping", () -> "aalborg=Aalborg Kommune");
        registry.add("pejling.oidc.roles-claim", () -> "groups");
    }

    @AfterAll
    static void stop() {
        provider.shutdown();
    }

    /** Signs in as the provider's user with these claims; answers the last response of the redirect chain. */
    private HttpResponse<String> signIn(HttpClient browser, String subject, Map<String, Object> claims) throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", null, claims, 3600));
        return browser.send(HttpRequest.newBuilder(url("/oauth2/authorization/oidc")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).cookieHandler(new CookieManager()).build();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void loginPageOffersTheProvider() throws Exception {
        var page = Jsoup.parse(browser().send(HttpRequest.newBuilder(url("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body());

        assertThat(page.select("a#oidc-login").text()).isEqualTo("Log ind med Aalborg Kommune SSO");
        assertThat(page.select("a#oidc-login").attr("href")).isEqualTo("/oauth2/authorization/oidc");
    }

    @Test
    void firstLoginCreatesALinkedUserWithTheMappedOrganisationAndRolesAndTheSessionReachesEditorPages() throws Exception {
        String username = "sso-" + Fixtures.token();
        String subject = UUID.randomUUID().toString();
        HttpClient browser = browser();

        HttpResponse<String> landed = signIn(browser, subject, Map.of("preferred_username", username,
                "name", "Sanne Sørensen", "email", username + "@aalborg.dk", "org", "aalborg",
                "groups", List.of("pejling-editor", "some-other-group")));

        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/");
        User user = accounts.findUser(username).orElseThrow();
        UUID aalborg = organisations.all().stream().filter(o -> o.name().equals("Aalborg Kommune")).findFirst()
                .orElseThrow().id().value();
        assertThat(user.organisationId()).isEqualTo(aalborg);
        assertThat(user.roles()).containsExactly(Role.EDITOR);
        assertThat(user.displayName()).isEqualTo("Sanne Sørensen");
        assertThat(user.email()).isEqualTo(username + "@aalborg.dk");
        assertThat(user.local()).isFalse();
        assertThat(user.passwordHash()).isNull();
        assertThat(Jsoup.parse(landed.body()).select(".pejling-account").text()).contains(username);

        HttpResponse<String> editorPage = browser.send(HttpRequest.newBuilder(url("/strategier/ny")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(editorPage.statusCode()).isEqualTo(200);
        assertThat(editorPage.uri().getPath()).isEqualTo("/strategier/ny");
        assertThat(Jsoup.parse(editorPage.body()).select("form input[name=title]")).isNotEmpty();
    }

    @Test
    void everyLoginTakesOverTheProvidersClaimsForTheSameSubject() throws Exception {
        String username = "sso-" + Fixtures.token();
        String subject = UUID.randomUUID().toString();
        signIn(browser(), subject, Map.of("preferred_username", username, "org", "aalborg", "groups", "pejling-editor"));
        Organisation moved = fixtures.organisation("Nyt forvaltningsområde " + Fixtures.token());

        HttpClient browser = browser();
        signIn(browser, subject, Map.of("preferred_username", username, "name", "Ny Navnesen",
                "org", moved.id().value().toString(), "groups", "pejling-reader"));

        User user = accounts.findUser(username).orElseThrow();
        assertThat(user.organisationId()).isEqualTo(moved.id().value());
        assertThat(user.roles()).isEqualTo(EnumSet.of(Role.READER));
        assertThat(user.displayName()).isEqualTo("Ny Navnesen");
        HttpResponse<String> editorPage = browser.send(HttpRequest.newBuilder(url("/strategier/ny")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(editorPage.statusCode()).isEqualTo(403);
    }

    @Test
    void aLoginWithoutAMappedRoleOrOrganisationGetsAnExplanationAndNoAccount() throws Exception {
        String noRole = "sso-" + Fixtures.token();
        HttpResponse<String> refused = signIn(browser(), UUID.randomUUID().toString(),
                Map.of("preferred_username", noRole, "org", "aalborg", "groups", List.of("everyone")));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.uri().getPath()).isEqualTo("/login");
        assertThat(Jsoup.parse(refused.body()).select("#oidc-refusal").text())
                .contains("Du kunne ikke logges ind", "ingen rolle");
        assertThat(accounts.findUser(noRole)).isEmpty();

        String noOrganisation = "sso-" + Fixtures.token();
        HttpResponse<String> unknown = signIn(browser(), UUID.randomUUID().toString(),
                Map.of("preferred_username", noOrganisation, "org", "Ukendt Kommune", "groups", "pejling-editor"));

        assertThat(Jsoup.parse(unknown.body()).select("#oidc-refusal").text()).contains("organisation");
        assertThat(unknown.body()).doesNotContain("Exception");
        assertThat(accounts.findUser(noOrganisation)).isEmpty();
    }

    @Test
    void theProviderCannotTakeOverALocalAccountByName() throws Exception {
        HttpResponse<String> refused = signIn(browser(), UUID.randomUUID().toString(),
                Map.of("preferred_username", "redaktoer", "org", "aalborg", "groups", "pejling-admin"));

        assertThat(refused.uri().getPath()).isEqualTo("/login");
        assertThat(Jsoup.parse(refused.body()).select("#oidc-refusal").text()).contains("findes allerede");
        assertThat(accounts.findUser("redaktoer").orElseThrow().local()).isTrue();
        assertThat(accounts.findUser("redaktoer").orElseThrow().roles()).doesNotContain(Role.ADMIN);
    }
}
