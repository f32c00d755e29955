package dk.pejling.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.IntegrationTest;
import dk.pejling.PejlingApplication;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import dk.pejling.archive.engine.ScratchDatabase;
import dk.pejling.indicator.Direction;
import dk.pejling.indicator.Frequency;
import dk.pejling.indicator.GoalLink;
import dk.pejling.indicator.IndicatorDetails;
import dk.pejling.indicator.IndicatorService;
import dk.pejling.indicator.Unit;
import dk.pejling.initiative.InitiativeDetails;
import dk.pejling.initiative.InitiativeKind;
import dk.pejling.initiative.InitiativeService;
import dk.pejling.shared.Period;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.Goal;
import dk.pejling.strategy.GoalDetails;
import dk.pejling.strategy.GoalKind;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.LifecycleStatus;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyDetails;
import dk.pejling.strategy.StrategyKind;
import dk.pejling.strategy.StrategyService;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A public archive is a whole installation's open subset, not a report: exported from the running
 * application (demo data and every test's records), it restores through the API into a second, empty
 * installation, whose portal then shows the public strategy with its goal, indicator and initiative. The
 * restore is audited as exactly one entry naming who restored which archive (its file name and SHA-256);
 * the dry run before it leaves none. The mirror tables (derived data) are not in the archive and are
 * rebuilt by their modules: one row per restored goal and strategy, as the mirrors' own rules give them.
 */
@IntegrationTest
class ArchivePublicRestoreTest {

    private static final String ADMIN_TOKEN = "archive-restore-test-token-" + UUID.randomUUID();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    StrategyService strategies;
    @Autowired
    GoalService goals;
    @Autowired
    IndicatorService indicators;
    @Autowired
    InitiativeService initiatives;
    @Autowired
    dk.pejling.organisation.OrganisationService organisations;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aPublicArchiveRestoresIntoAnEmptyInstallationWhosePortalShowsIt() throws Exception {
        TestUsers.TestUser admin = users.create(Role.ADMIN);
        Viewer viewer = users.viewerOf(admin.principal());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var owner = organisations.all().get(0).id();
        Strategy strategy = strategies.create(new StrategyDetails("Gendannet strategi " + tag, StrategyKind.PLAN, owner, null,
                new Period(null, null), LifecycleStatus.ADOPTED, null, null, null, null, Visibility.PUBLIC), "gendannet-" + tag, viewer);
        Goal goal = goals.create(strategy.id(), new GoalDetails(null, "1", GoalKind.GOAL, "Gendannet mål " + tag, null, null,
                Visibility.PUBLIC), viewer);
        indicators.create(new IndicatorDetails("Gendannet indikator " + tag, null, Unit.COUNT, 0, Direction.HIGHER_IS_BETTER,
                Frequency.YEAR, null, null, null, null, Visibility.PUBLIC, List.of(new GoalLink(goal.id().value(), BigDecimal.ONE)),
                null, null), "gendannet-ind-" + tag, viewer);
        initiatives.create(strategy.id(), new InitiativeDetails(null, "1.1", InitiativeKind.values()[0], "Gendannet indsats " + tag,
                null, null, null, null, null, owner.value(), null, null, new Period(null, null), List.of(goal.id().value()),
                List.of(), List.of(), List.of(), null, Visibility.PUBLIC), viewer);

        MvcResult exported = mvc.perform(post("/api/v1/admin/archives").param("scope", "public").header("Authorization", admin.bearer()))
                .andExpect(status().isOk()).andReturn();
        byte[] zip = exported.getResponse().getContentAsByteArray();
        String fileName = exported.getResponse().getHeader("Content-Disposition").replaceAll(".*filename=\"([^\"]+)\".*", "$1");
        assertThat(ZipEntries.of(zip).entries.keySet()).as("derived tables are not archived")
                .noneMatch(n -> n.contains("indicator_goal_mirror") || n.contains("initiative_strategy_mirror"));

        try (ScratchDatabase database = TestDatabases.fresh("public");
             ConfigurableApplicationContext empty = emptyInstallation(database, tag)) {
            JdbcTemplate target = empty.getBean(JdbcTemplate.class);

            HttpResponse<String> dryRun = restore(empty, zip, fileName, true);
            assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
            assertThat(restoreEntries(target)).as("a dry run is not audited as a restore").isEmpty();

            HttpResponse<String> restored = restore(empty, zip, fileName, false);
            assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
            assertThat(restored.body()).contains("\"restored\":true");
            await().atMost(Duration.ofSeconds(30)).until(() -> !restoreEntries(target).isEmpty());
            List<Map<String, Object>> audit = restoreEntries(target);
            assertThat(audit).as("exactly one entry for the restore").hasSize(1);
            assertThat(audit.getFirst().get("actor_name")).isEqualTo("admin");
            assertThat(audit.getFirst().get("record_id")).isEqualTo(fileName);
            assertThat(audit.getFirst().get("after_value").toString()).contains(sha256(zip), "\"scope\":\"public\"");

            // The derived copies are rebuilt from the restored strategies and goals, as the mirrors' own rules give them.
            assertThat(target.queryForObject("SELECT COUNT(*) FROM initiative_strategy_mirror", Long.class))
                    .isEqualTo(target.queryForObject("SELECT COUNT(*) FROM strategy", Long.class)).isPositive();
            assertThat(target.queryForList("SELECT strategy_id, visibility, title FROM initiative_strategy_mirror ORDER BY strategy_id"))
                    .isEqualTo(target.queryForList("SELECT id AS strategy_id, visibility, title FROM strategy ORDER BY id"));
            assertThat(target.queryForList("SELECT goal_id, strategy_id FROM indicator_goal_mirror ORDER BY goal_id"))
                    .isEqualTo(target.queryForList("SELECT id AS goal_id, strategy_id FROM strategy_goal ORDER BY id"))
                    .isNotEmpty();
            assertThat(target.queryForObject("SELECT COUNT(*) FROM indicator_goal_mirror WHERE goal_id = ? AND internal = FALSE",
                    Long.class, goal.id().value())).isEqualTo(1L);

            HttpResponse<String> page = http.send(HttpRequest.newBuilder(url(empty, "/portal/strategier/gendannet-" + tag)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            Document html = Jsoup.parse(page.body());
            assertThat(html.select("h1").text()).contains("Gendannet strategi " + tag);
            assertThat(html.text()).contains("Gendannet mål " + tag, "Gendannet indsats " + tag);
            HttpResponse<String> indicatorList = http.send(HttpRequest.newBuilder(url(empty, "/api/v1/indicators?q=" + tag)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(indicatorList.body()).as("the public indicator is listed to anyone")
                    .contains("Gendannet indikator " + tag);
        }
    }

    /** A second application on an empty database, with the bootstrap administrator and no demo data. */
    private static ConfigurableApplicationContext emptyInstallation(ScratchDatabase database, String tag) {
        DriverManagerDataSource source = (DriverManagerDataSource) database.database().dataSource();
        Map<String, String> settings = Map.of(
                "server.port", "0",
                "spring.datasource.url", source.getUrl(),
                "spring.datasource.hikari.maximum-pool-size", "4",
                "pejling.demo-data", "false",
                "pejling.data-dir", Path.of("target", "archive-public-restore-" + tag).toAbsolutePath().toString(),
                "pejling.bootstrap-admin.password", "a-long-bootstrap-password-" + tag,
                "pejling.bootstrap-admin.token", ADMIN_TOKEN);
        // As command-line arguments, which win over application-test.yaml.
        String[] args = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(PejlingApplication.class).profiles("test").run(args);
    }

    /** As a browser's form sends it: the archive as a multipart field, under the name it was downloaded with. */
    private HttpResponse<String> restore(ConfigurableApplicationContext to, byte[] zip, String fileName, boolean dryRun)
            throws Exception {
        String boundary = "pejling-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(zip);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(url(to, "/api/v1/admin/archives/restore?dryRun=" + dryRun))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<Map<String, Object>> restoreEntries(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT actor_name, record_id, after_value FROM audit_entry WHERE record_type = 'archive_restore'");
    }

    private static URI url(ConfigurableApplicationContext context, String path) {
        return URI.create("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort() + path);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
