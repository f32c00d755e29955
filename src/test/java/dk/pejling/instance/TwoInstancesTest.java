package dk.pejling.instance;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.pejling.Fixtures;
import dk.pejling.PejlingApplication;
import dk.pejling.access.AccessTokens;
import dk.pejling.access.Accounts;
import dk.pejling.access.Role;
import dk.pejling.access.UserAdministration;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyLink;
import dk.pejling.strategy.StrategyService;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Issue 20 item 3: two instances of the whole application (A and B, each with its own web server on
 * a random port, its own data directory and search index) on ONE PostgreSQL schema, as behind a load
 * balancer. A browser signs in on one and is signed in on the other, and a password reset on one ends
 * the user's session on the other; an OpenID Connect login started
 * on A is finished on B; a job ticking every second runs exactly once per tick for 100 ticks; a report
 * job started on A is downloaded from B; a document uploaded on A is downloaded from B; what A indexes
 * for search is found on B. On H2 (one
 * process per database file) there is nothing to share, so the test runs in the PostgreSQL phase.
 */
@Tag("database")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

    private static final String ISSUER_ID = "region";
    private static final int TICKS = Integer.getInteger("pejling.two-instances.ticks", 100);
    private static MockOAuth2Server provider;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void startBoth() {
        String url = System.getenv("PEJLING_DB_URL");
        assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
                "two instances share a PostgreSQL database; on the embedded H2 database there is only ever one instance "
                        + "(runs in the PostgreSQL phase, with PEJLING_DB_URL)");
        provider = new MockOAuth2Server();
        provider.start();
        a = start("A");
        b = start("B");
    }

    @AfterAll
    static void stopBoth() {
        if (a != null) {
            // The test's own tables leave with it: a backup of the shared test schema after this class
            // would otherwise carry tables no migration creates, which its restore drill cannot place.
            JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
            jdbc.execute("DROP TABLE IF EXISTS ha_tick_attempt");
            jdbc.execute("DROP TABLE IF EXISTS ha_tick_run");
        }
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {b, a}) {
            if (context != null) {
                context.close();
            }
        }
        if (provider != null) {
            provider.shutdown();
        }
    }

    private static ConfigurableApplicationContext start(String name) {
        Map<String, String> settings = new HashMap<>();
        settings.put("server.port", "0");
        settings.put("pejling.instance-id", name);
        settings.put("pejling.sessions.store", "database");
        settings.put("pejling.storage.kind", "database");
        settings.put("pejling.data-dir", Path.of("target", "two-instances", name).toAbsolutePath().toString());
        settings.put("pejling.trusted-proxies", "127.0.0.1,::1");
        settings.put("pejling.oidc.issuer", provider.issuerUrl(ISSUER_ID).toString());
        settings.put("pejling.oidc.client-id", "pejling");
        settings.put("pejling.oidc.client-secret", "hemmelig");
        settings.put("pejling.oidc.organisation-claim", "org");
        settings.put("pejling.oidc.organisation-mapping", "aalborg=Aalborg Kommune");
        settings.put("pejling.oidc.roles-claim", "groups");
        settings.put("spring.datasource.hikari.maximum-pool-size", "6");
        // As command-line arguments, which win over application-test.yaml (default properties would not).
        String[] args = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(PejlingApplication.class, TickJob.class).profiles("test").run(args);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** One browser: one cookie jar for both instances (cookies do not care for ports), redirects by hand. */
    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager()).build();

    /** As a load balancer sends it: the public address is A's, whichever instance answers. */
    private HttpResponse<String> send(ConfigurableApplicationContext to, HttpRequest.Builder request) throws Exception {
        return send(browser, to, request);
    }

    private HttpResponse<String> send(HttpClient browser, ConfigurableApplicationContext to, HttpRequest.Builder request)
            throws Exception {
        return browser.send(request.header("X-Forwarded-For", "127.0.0.1").header("X-Forwarded-Proto", "http")
                .header("X-Forwarded-Host", "localhost:" + port(a)).header("X-Forwarded-Port", String.valueOf(port(a)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder get(ConfigurableApplicationContext to, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port(to) + pathAndQuery));
    }

    @Test
    @Order(1)
    void aLocalLoginOnAIsASessionOnB() throws Exception {
        // The login form from A, its CSRF token (kept in the session) checked by B, the session used on A and B.
        String form = send(a, get(a, "/login")).body();
        String csrf = Jsoup.parse(form).select("input[name=_csrf]").attr("value");
        String body = "username=redaktoer&password=pejling-demo-2026&_csrf=" + csrf;
        HttpResponse<String> login = send(b, get(b, "/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        for (ConfigurableApplicationContext instance : List.of(a, b)) {
            HttpResponse<String> editorPage = send(instance, get(instance, "/strategier/ny"));
            assertThat(editorPage.statusCode()).as("the editor form on %s", instance.getId()).isEqualTo(200);
            assertThat(Jsoup.parse(editorPage.body()).select(".pejling-account").text()).contains("redaktoer");
        }
    }

    @Test
    @Order(2)
    void anOpenIdConnectLoginStartedOnAIsFinishedOnB() throws Exception {
        String username = "sso-" + Fixtures.token();
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, UUID.randomUUID().toString(), "JWT", null,
                Map.of("preferred_username", username, "org", "aalborg", "groups", "pejling-editor"), 3600));

        HttpResponse<String> toProvider = send(a, get(a, "/oauth2/authorization/oidc"));
        assertThat(toProvider.statusCode()).isEqualTo(302);
        HttpResponse<String> back = browser.send(HttpRequest.newBuilder(
                URI.create(toProvider.headers().firstValue("Location").orElseThrow())).build(), HttpResponse.BodyHandlers.ofString());
        URI callback = URI.create(back.headers().firstValue("Location").orElseThrow());
        assertThat(callback.getPath()).isEqualTo("/login/oauth2/code/oidc");

        // The authorization request A stored (state, nonce, redirect URI) must be found by B.
        HttpResponse<String> finished = send(b, get(b, callback.getRawPath() + "?" + callback.getRawQuery()));
        assertThat(finished.statusCode()).isEqualTo(302);
        assertThat(finished.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
        HttpResponse<String> editorPage = send(a, get(a, "/strategier/ny"));
        assertThat(editorPage.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(editorPage.body()).select(".pejling-account").text()).contains(username);
    }

    @Test
    @Order(3)
    void aPasswordResetOnAEndsTheUsersSessionOnB() throws Exception {
        Accounts accounts = a.getBean(Accounts.class);
        UserAdministration users = a.getBean(UserAdministration.class);
        String username = "to-instanser-" + Fixtures.token();
        UUID organisation = accounts.findUser("redaktoer").orElseThrow().organisationId();
        UserAdministration.Reset created = users.create(username, "Tove Instans", null, organisation, Set.of(Role.READER),
                null, Fixtures.EDITOR);
        HttpClient other = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager()).build();
        String csrf = Jsoup.parse(send(other, b, get(b, "/login")).body()).select("input[name=_csrf]").attr("value");
        HttpResponse<String> login = send(other, b, get(b, "/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + java.net.URLEncoder.encode(created.temporaryPassword(), StandardCharsets.UTF_8) + "&_csrf=" + csrf)));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");

        UserAdministration.Reset reset = users.resetPassword(created.userId(), null, false, Fixtures.EDITOR);

        assertThat(reset.sessionsEnded()).isEqualTo(1);
        HttpResponse<String> next = send(other, b, get(b, "/"));
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).contains("/login?expired");
    }

    @Test
    @Order(4)
    void aReportJobStartedOnAIsDownloadedFromB() throws Exception {
        Accounts accounts = a.getBean(Accounts.class);
        AccessTokens accessTokens = a.getBean(AccessTokens.class);
        UUID editor = accounts.findUser("redaktoer").orElseThrow().id();
        String bearer = "Bearer " + accessTokens.issueToken(editor, "two-instances-" + Fixtures.token()).secret();
        Strategy strategy = a.getBean(StrategyService.class).getBySlug("baeredygtighedsplan-2017-20", Fixtures.READER);

        HttpResponse<String> started = send(a, get(a, "/api/v1/reports/jobs?kind=annual&year=2018&format=html&strategy="
                + strategy.id().value()).header("Authorization", bearer).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(started.statusCode()).isEqualTo(202);
        String job = started.headers().firstValue("Location").orElseThrow();

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
            HttpResponse<String> polled = send(b, get(b, job).header("Authorization", bearer));
            assertThat(polled.statusCode()).isEqualTo(200);
            Matcher m = Pattern.compile("\"state\"\\s*:\\s*\"(\\w+)\"").matcher(polled.body());
            String state = m.find() ? m.group(1) : "";
            assertThat(state).isNotEqualTo("failed");
            return state.equals("done");
        });
        HttpResponse<String> file = send(b, get(b, job + "/file").header("Authorization", bearer));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).contains("Bæredygtighedsplan");
    }

    @Test
    @Order(5)
    void aDocumentUploadedOnAIsDownloadedFromB() throws Exception {
        Fixtures fixtures = a.getBean(Fixtures.class);
        Strategy strategy = fixtures.strategy("To instanser " + Fixtures.token(),
                fixtures.organisation("Instansforvaltningen " + Fixtures.token()).id()).create();
        byte[] content = ("Notat om drift på to maskiner " + Fixtures.token()).getBytes(StandardCharsets.UTF_8);
        StrategyLink link = a.getBean(StrategyService.class).attachDocument(strategy.id(), strategy.version(), "Notat",
                "notat.txt", "text/plain", content.length, new ByteArrayInputStream(content), Fixtures.EDITOR);

        HttpResponse<String> download = send(b, get(b, "/api/v1/strategies/" + strategy.id().value() + "/documents/" + link.id()));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(new String(content, StandardCharsets.UTF_8));
    }

    @Test
    @Order(6)
    void aStrategyCreatedOnAIsFoundBySearchOnB() throws Exception {
        String word = Fixtures.token();
        Fixtures fixtures = a.getBean(Fixtures.class);
        fixtures.strategy("Tryghedsstrategi " + word, fixtures.organisation("Søgeforvaltningen " + Fixtures.token()).id())
                .create();
        Instant created = Instant.now();
        await("B's index has what A indexed").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> send(b, get(b, "/api/v1/search?q=" + word)).body().contains(word));
        System.out.printf("two instances: a change on A was searchable on B after %d ms%n",
                Duration.between(created, Instant.now()).toMillis());
    }

    @Test
    @Order(7)
    void aJobTickingEverySecondRunsExactlyOncePerTickAcrossBothInstances() throws Exception {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        Timestamp from = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(2));
        await().atMost(Duration.ofSeconds(TICKS * 3L)).pollInterval(Duration.ofSeconds(1))
                .until(() -> ticksSince(jdbc, from) >= TICKS + 1);
        // The last tick may still be under way: judge the first TICKS whole ticks.
        List<Map<String, Object>> ticks = jdbc.queryForList("""
                SELECT t.tick, COUNT(DISTINCT t.instance_id) AS tried,
                       (SELECT COUNT(*) FROM ha_tick_run r WHERE r.tick = t.tick) AS runs
                FROM ha_tick_attempt t WHERE t.tick >= ? GROUP BY t.tick ORDER BY t.tick""", from);
        ticks = ticks.subList(0, Math.min(TICKS, ticks.size()));
        assertThat(ticks).hasSize(TICKS);
        assertThat(ticks).allSatisfy(t -> assertThat(((Number) t.get("runs")).intValue())
                .as("runs of the tick at %s", t.get("tick")).isEqualTo(1));
        long both = ticks.stream().filter(t -> ((Number) t.get("tried")).intValue() == 2).count();
        assertThat(both).as("ticks both instances tried to run").isGreaterThanOrEqualTo(TICKS * 9L / 10);
        assertThat(jdbc.queryForList("SELECT DISTINCT instance_id FROM ha_tick_run WHERE tick >= ?", String.class, from))
                .as("both instances won some ticks, or at least one did").isNotEmpty();
    }

    private static int ticksSince(JdbcTemplate jdbc, Timestamp from) {
        Integer n = jdbc.queryForObject("SELECT COUNT(DISTINCT tick) FROM ha_tick_attempt WHERE tick >= ?", Integer.class, from);
        return n == null ? 0 : n;
    }

    /**
     * A job scheduled every second on both instances, locked as every Pejling job is (the same lock
     * provider, on the database's clock). Each instance writes down each tick it tried, and the lock's
     * holder the run. The lock is held at least half a second, longer than the two schedulers drift
     * apart on one machine, so the instance that comes second to a tick finds it taken.
     * Registered only by this test (no annotation a component scan would find).
     */
    static class TickJob {
        private final JdbcTemplate jdbc;
        private final DefaultLockingTaskExecutor locks;
        private final String instance;

        TickJob(JdbcTemplate jdbc, LockProvider locks, InstanceId instance) {
            this.jdbc = jdbc;
            this.locks = new DefaultLockingTaskExecutor(locks);
            this.instance = instance.value();
            jdbc.execute("CREATE TABLE IF NOT EXISTS ha_tick_attempt (tick TIMESTAMP NOT NULL, instance_id VARCHAR(20) NOT NULL)");
            jdbc.execute("CREATE TABLE IF NOT EXISTS ha_tick_run (tick TIMESTAMP NOT NULL, instance_id VARCHAR(20) NOT NULL)");
        }

        @Scheduled(cron = "* * * * * *")
        public void tick() {
            Timestamp tick = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS));
            jdbc.update("INSERT INTO ha_tick_attempt (tick, instance_id) VALUES (?, ?)", tick, instance);
            locks.executeWithLock((Runnable) () -> jdbc.update("INSERT INTO ha_tick_run (tick, instance_id) VALUES (?, ?)",
                            tick, instance),
                    new LockConfiguration(Instant.now(), "two-instances-tick", Duration.ofSeconds(5), Duration.ofMillis(500)));
        }
    }
}
