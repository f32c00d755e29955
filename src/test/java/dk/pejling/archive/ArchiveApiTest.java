package dk.pejling.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.WebSessions;
import dk.pejling.access.Role;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The archive over HTTP against the running application (demo data loaded, so the installation is not
 * empty): the zip's layout, the audit trail, refusals for everyone but administrators, and a restore
 * that is refused without writing anything.
 */
@IntegrationTest
class ArchiveApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorDownloadsTheWholeInstallationAsOneZip() throws Exception {
        TestUsers.TestUser admin = users.create(Role.ADMIN);
        Integer exportsBefore = jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND record_type = 'archive'", Integer.class);
        byte[] zip = mvc.perform(post("/api/v1/admin/archives").param("scope", "all").header("Authorization", admin.bearer()))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.matchesPattern(
                        "attachment; filename=\"pejling-all-\\d{8}T\\d{6}Z\\.zip\"")))
                .andReturn().getResponse().getContentAsByteArray();

        ZipEntries entries = ZipEntries.of(zip);
        JsonNode manifest = JSON.readTree(entries.entries.get("manifest.json"));
        assertThat(manifest.path("format_version").asInt()).isEqualTo(1);
        assertThat(manifest.path("flyway_version").asString()).matches("\\d{12}");
        assertThat(manifest.path("scope").asString()).isEqualTo("all");
        long strategies = jdbc.queryForObject("SELECT COUNT(*) FROM strategy", Long.class);
        assertThat(manifest.path("row_counts").path("strategy").asLong()).isEqualTo(strategies).isPositive();
        assertThat(entries.entries.keySet()).contains("datapackage.json", "data/organisation.csv", "data/strategy_goal.csv",
                "audit/audit_entry.csv", "files.csv");
        assertThat(entries.entries.keySet()).noneMatch(n -> n.contains("flyway_schema_history") || n.contains("event_publication"));
        // The modules' mirrors are derived data, rebuilt after a restore (ArchivePublicRestoreTest), never archived.
        assertThat(entries.entries.keySet()).noneMatch(n -> n.contains("indicator_goal_mirror") || n.contains("initiative_strategy_mirror"));
        entries.entries.keySet().stream().filter(n -> !n.equals("manifest.json"))
                .forEach(n -> assertThat(manifest.path("entries").path(n).path("sha256").asString()).as(n).hasSize(64));
        assertThat(entries.text("data/strategy.csv")).contains("Tryg Aalborg");

        JsonNode goal = resource(JSON.readTree(entries.entries.get("datapackage.json")), "strategy_goal");
        assertThat(goal.path("schema").path("primaryKey").toString()).isEqualTo("[\"id\"]");
        assertThat(goal.path("schema").path("foreignKeys").toString()).contains("\"parent_id\"", "\"strategy\"");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND record_type = 'archive'",
                Integer.class)).isEqualTo(exportsBefore + 1);

        byte[] withoutAudit = mvc.perform(post("/api/v1/admin/archives").param("audit", "false")
                .header("Authorization", admin.bearer())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(ZipEntries.of(withoutAudit).entries.keySet()).noneMatch(n -> n.startsWith("audit/"));
    }

    @Test
    void aRestoreIntoThisInstallationIsRefusedAndWritesNothing() throws Exception {
        TestUsers.TestUser admin = users.create(Role.ADMIN);
        byte[] zip = mvc.perform(post("/api/v1/admin/archives").header("Authorization", admin.bearer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        long strategies = jdbc.queryForObject("SELECT COUNT(*) FROM strategy", Long.class);
        long audit = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE record_type = 'archive_restore'", Long.class);

        for (String dryRun : new String[] {"true", "false"}) {
            mvc.perform(multipart("/api/v1/admin/archives/restore").file(new MockMultipartFile("file", "a.zip", "application/zip", zip))
                            .param("dryRun", dryRun).header("Authorization", admin.bearer()))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.restored").value(false))
                    .andExpect(jsonPath("$.problems[0].code").value("not-empty"));
            // the same archive as the request body, streamed past the multipart limit
            mvc.perform(post("/api/v1/admin/archives/restore").contentType("application/zip").content(zip)
                            .param("dryRun", dryRun).header("Authorization", admin.bearer()))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.problems[0].code").value("not-empty"));
        }
        mvc.perform(post("/api/v1/admin/archives/restore").contentType("application/zip").content(Arrays.copyOf(zip, zip.length - 100))
                        .header("Authorization", admin.bearer()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].code").value("not-zip"));
        mvc.perform(post("/api/v1/admin/archives/restore").contentType("application/zip").content(new byte[0])
                        .header("Authorization", admin.bearer()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors.file").exists());
        mvc.perform(multipart("/api/v1/admin/archives/restore")
                        .file(new MockMultipartFile("file", "a.zip", "application/zip", Arrays.copyOf(zip, zip.length - 100)))
                        .header("Authorization", admin.bearer()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].code").value("not-zip"));
        mvc.perform(multipart("/api/v1/admin/archives/restore").header("Authorization", admin.bearer()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors.file").exists());

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM strategy", Long.class)).isEqualTo(strategies);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE record_type = 'archive_restore'", Long.class))
                .isEqualTo(audit);
    }

    @Test
    void nobodyButAnAdministratorGetsAnArchive() throws Exception {
        TestUsers.TestUser reader = users.create(Role.READER);
        TestUsers.TestUser editor = users.create(Role.EDITOR);
        for (TestUsers.TestUser user : new TestUsers.TestUser[] {reader, editor}) {
            String body = mvc.perform(post("/api/v1/admin/archives").header("Authorization", user.bearer()))
                    .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
            assertThat(body).doesNotContain("PK", "strategy");
            mvc.perform(multipart("/api/v1/admin/archives/restore").header("Authorization", user.bearer()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/admin/archives")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/admin/archives").param("scope", "everything").header("Authorization",
                users.create(Role.ADMIN).bearer())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.scope").exists());
    }

    @Test
    void thePageOffersDownloadAndRestoreInDanishAndEnglish() throws Exception {
        TestUsers.TestUser admin = users.create(Role.ADMIN);
        MockHttpSession session = WebSessions.signIn(mvc, admin.principal().username(), "a-long-test-password");
        Document page = WebSessions.page(mvc.perform(get("/admin/arkiv").session(session)).andExpect(status().isOk()).andReturn());
        assertThat(page.select("a[href=/admin/arkiv]")).isNotEmpty();
        assertThat(page.select("h1").text()).isEqualTo("Backup og gendannelse");
        assertThat(page.select("form[action=/admin/arkiv/gendan] input[type=file]")).hasSize(1);
        Document english = WebSessions.page(mvc.perform(get("/admin/arkiv").param("lang", "en").session(session))
                .andExpect(status().isOk()).andReturn());
        assertThat(english.select("h1").text()).isEqualTo("Backup and restore");

        Document refused = WebSessions.page(mvc.perform(multipart("/admin/arkiv/gendan")
                        .file(new MockMultipartFile("file", "x.zip", "application/zip", "not a zip".getBytes()))
                        .param("dryRun", "true").session(session).with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(refused.select("#restore-problems").text()).contains("ikke en zip-fil", "Intet er skrevet");

        Document missing = WebSessions.page(mvc.perform(multipart("/admin/arkiv/gendan").session(session)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(missing.select("#file-error").text()).isEqualTo("vælg en zip-fil");

        MockHttpSession editor = WebSessions.signInAsDemoEditor(mvc);
        mvc.perform(get("/admin/arkiv").session(editor)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/arkiv")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aPartnersExitTakesItsOwnAndCoOwnedRecordsListsSharedOnesAndNothingElse() throws Exception {
        TestUsers.TestUser admin = users.create(Role.ADMIN);
        String canaryOrganisation = "Kanarieorganisation " + java.util.UUID.randomUUID();
        String other = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/v1/organisations")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"name\": \"" + canaryOrganisation + "\", \"kind\": \"OTHER\"}")
                .header("Authorization", admin.bearer())).andReturn().getResponse().getContentAsString(), "$.id");
        String canaryStrategy = "Kanariestrategi " + java.util.UUID.randomUUID();
        mvc.perform(post("/api/v1/strategies").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"title\": \"" + canaryStrategy + "\", \"kind\": \"PLAN\", \"ownerId\": \"" + other
                        + "\", \"status\": \"ADOPTED\", \"visibility\": \"INTERNAL\"}")
                .header("Authorization", admin.bearer())).andExpect(status().isCreated());
        // A demo organisation that owns strategies and takes part in others'.
        String partner = jdbc.queryForObject("SELECT s.owner_id FROM strategy s JOIN strategy_partner p ON p.strategy_id = s.id"
                + " GROUP BY s.owner_id ORDER BY COUNT(*) DESC FETCH FIRST 1 ROWS ONLY", Object.class).toString();

        byte[] zip = mvc.perform(post("/api/v1/admin/archives").param("scope", "organisation").param("organisation", partner)
                .header("Authorization", admin.bearer())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        ZipEntries entries = ZipEntries.of(zip);
        List<List<String>> strategies = CsvRows.parse(entries.text("data/strategy.csv"));
        long expected = jdbc.queryForObject("SELECT COUNT(*) FROM strategy WHERE owner_id = CAST(? AS UUID) OR id IN "
                + "(SELECT strategy_id FROM strategy_partner WHERE organisation_id = CAST(? AS UUID))", Long.class, partner, partner);
        assertThat(strategies).hasSize((int) expected + 1);
        long goals = jdbc.queryForObject("SELECT COUNT(*) FROM strategy_goal g JOIN strategy s ON s.id = g.strategy_id WHERE "
                + "s.owner_id = CAST(? AS UUID) OR s.id IN (SELECT strategy_id FROM strategy_partner WHERE organisation_id = CAST(? AS UUID))",
                Long.class, partner, partner);
        assertThat(CsvRows.parse(entries.text("data/strategy_goal.csv"))).hasSize((int) goals + 1);
        assertThat(CsvRows.parse(entries.text("data/access_user.csv"))).as("no accounts leave").hasSize(1);
        assertThat(entries.entries.keySet()).noneMatch(n -> n.startsWith("audit/"));
        JsonNode manifest = JSON.readTree(entries.entries.get("manifest.json"));
        assertThat(manifest.path("scope").asString()).isEqualTo("organisation");
        assertThat(manifest.path("shared_records").path("organisation").toString()).doesNotContain(partner).contains("-");
        List<List<String>> organisations = CsvRows.parse(entries.text("data/organisation.csv"));
        assertThat(organisations.stream().map(List::getFirst)).contains(partner);
        assertThat(organisations).hasSize(manifest.path("shared_records").path("organisation").size() + 2);
        for (var entry : entries.entries.entrySet()) {
            assertThat(new String(entry.getValue(), java.nio.charset.StandardCharsets.UTF_8)).as(entry.getKey())
                    .doesNotContain(canaryStrategy, canaryOrganisation, other);
        }

        mvc.perform(post("/api/v1/admin/archives").param("scope", "organisation").header("Authorization", admin.bearer()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors.organisation").exists());
        mvc.perform(post("/api/v1/admin/archives").param("scope", "public").param("organisation", partner)
                        .header("Authorization", admin.bearer()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors.organisation").exists());
    }

    private static JsonNode resource(JsonNode dataPackage, String name) {
        for (JsonNode resource : dataPackage.path("resources")) {
            if (resource.path("name").asString().equals(name)) {
                return resource;
            }
        }
        throw new AssertionError("no resource " + name);
    }
}
