package dk.pejling.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.TestUsers.TestUser;
import dk.pejling.access.Role;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** One audit entry for each kind of action, read back through GET /api/v1/audit as an administrator. */
@IntegrationTest
class AuditLogTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    TestUser admin;
    TestUser coordinator;
    String politi;

    @BeforeEach
    void setUp() throws Exception {
        admin = users.create(Role.ADMIN);
        politi = JsonPath.read(call(get("/api/v1/organisations").param("q", "Nordjyllands Politi"), null, null)
                .andReturn().getResponse().getContentAsString(), "$.items[0].id");
        // an editor of the police: registers the test's strategies and so coordinates them
        coordinator = users.create(Role.EDITOR, java.util.UUID.fromString(politi));
    }

    @Test
    void createUpdateStatusChangeAndDeleteAreLoggedWithBeforeAndAfter() throws Exception {
        String title = "Audittest " + UUID.randomUUID();
        String strategy = id(call(post("/api/v1/strategies"), coordinator, strategyJson(title, "DRAFT", null))
                .andExpect(status().isCreated()));
        call(put("/api/v1/strategies/" + strategy), coordinator, strategyJson(title + " ændret", "DRAFT", 0))
                .andExpect(status().isOk());
        call(put("/api/v1/strategies/" + strategy), coordinator, strategyJson(title + " ændret", "ADOPTED", 1))
                .andExpect(status().isOk());
        String goal = id(call(post("/api/v1/goals"), coordinator,
                "{\"strategyId\": \"" + strategy + "\", \"kind\": \"MAIN_GOAL\", \"title\": \"Slettes\"}")
                .andExpect(status().isCreated()));
        call(delete("/api/v1/goals/" + goal), coordinator, null).andExpect(status().isNoContent());

        List<Map<String, Object>> entries = items(audit(Map.of("record", "strategy:" + strategy)));
        assertThat(entries).extracting(e -> e.get("action")).containsExactly("STATUS_CHANGE", "UPDATE", "CREATE");
        Map<String, Object> created = entries.get(2);
        assertThat(created.get("before")).isNull();
        assertThat(JsonPath.<String>read(created, "$.after.title")).isEqualTo(title);
        assertThat(created.get("actorName")).isEqualTo(coordinator.principal().username());
        assertThat(created.get("actorId")).isEqualTo(coordinator.principal().userId().toString());
        assertThat(created.get("ipAddress")).isEqualTo("127.0.0.1");
        Map<String, Object> updated = entries.get(1);
        assertThat(JsonPath.<String>read(updated, "$.before.title")).isEqualTo(title);
        assertThat(JsonPath.<String>read(updated, "$.after.title")).isEqualTo(title + " ændret");
        Map<String, Object> statusChange = entries.get(0);
        assertThat(JsonPath.<String>read(statusChange, "$.before.status")).isEqualTo("DRAFT");
        assertThat(JsonPath.<String>read(statusChange, "$.after.status")).isEqualTo("ADOPTED");

        List<Map<String, Object>> goalEntries = items(audit(Map.of("record", goal)));
        assertThat(goalEntries).extracting(e -> e.get("action")).containsExactly("DELETE", "CREATE");
        assertThat(JsonPath.<String>read(goalEntries.get(0), "$.before.title")).isEqualTo("Slettes");
        assertThat(goalEntries.get(0).get("after")).isNull();
    }

    @Test
    void approvingAReportAndARoundAreApprovals() throws Exception {
        String strategy = id(call(post("/api/v1/strategies"), coordinator,
                strategyJson("Auditrunde " + UUID.randomUUID(), "ADOPTED", null)).andExpect(status().isCreated()));
        String initiative = id(call(post("/api/v1/initiatives"), coordinator, """
                {"strategyId": "%s", "number": "1", "kind": "INITIATIVE", "title": "Tryghedsvandring", "responsibleId": "%s"}"""
                .formatted(strategy, politi)).andExpect(status().isCreated()));
        String round = id(call(post("/api/v1/reporting-rounds"), coordinator, """
                {"strategyId": "%s", "title": "Status", "asOf": "2026-03-01", "dueDate": "2026-03-15"}"""
                .formatted(strategy)).andExpect(status().isCreated()));
        TestUser owner = users.create(Role.EDITOR, UUID.fromString(politi));
        String report = id(call(post("/api/v1/initiatives/" + initiative + "/status-reports"), owner,
                "{\"roundId\": \"" + round + "\", \"status\": \"i-gang\"}").andExpect(status().isOk()));
        call(post("/api/v1/status-reports/" + report + "/review"), coordinator, "{\"approve\": true, \"version\": 0}")
                .andExpect(status().isOk());
        String roundJson = call(get("/api/v1/reporting-rounds/" + round), coordinator, null).andReturn().getResponse()
                .getContentAsString();
        call(post("/api/v1/reporting-rounds/" + round + "/approve"), coordinator,
                "{\"version\": " + JsonPath.read(roundJson, "$.version") + "}")
                .andExpect(status().isOk());

        assertThat(items(audit(Map.of("record", "status_report:" + report)))).extracting(e -> e.get("action"))
                .containsExactly("APPROVAL", "CREATE");
        List<Map<String, Object>> roundEntries = items(audit(Map.of("record", "reporting_round:" + round)));
        assertThat(roundEntries).extracting(e -> e.get("action")).containsExactly("APPROVAL", "CREATE");
        assertThat(JsonPath.<String>read(roundEntries.get(0), "$.before.state")).isEqualTo("OPEN");
        // The round's members are written by plain SQL and logged through an event.
        assertThat(items(audit(Map.of("record", "reporting_round_initiative:" + round)))).singleElement()
                .satisfies(e -> assertThat(JsonPath.<List<String>>read(e, "$.after.initiatives")).containsExactly(initiative));

        // Downloading the status report is logged with its format.
        call(get("/api/v1/reports/status").param("strategy", strategy).param("round", round).param("format", "xlsx"),
                coordinator, null).andExpect(status().isOk());
        assertThat(items(audit(Map.of("record", "status_report:" + round)))).singleElement().satisfies(e -> {
            assertThat(e.get("action")).isEqualTo("DOWNLOAD");
            assertThat(JsonPath.<String>read(e, "$.after.format")).isEqualTo("xlsx");
        });
    }

    @Test
    void loginsAndFailedLoginsAreLogged() throws Exception {
        TestUser editor = users.create(Role.EDITOR);
        String name = editor.principal().username();
        mvc.perform(post("/login").with(csrf()).param("username", name).param("password", "not-the-password"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").with(csrf()).param("username", name).param("password", "a-long-test-password"))
                .andExpect(redirectedUrl("/"));

        List<Map<String, Object>> entries = items(audit(Map.of("user", name)));
        assertThat(entries).extracting(e -> e.get("action")).contains("LOGIN", "FAILED_LOGIN");
        Map<String, Object> login = entries.stream().filter(e -> "LOGIN".equals(e.get("action"))).findFirst().orElseThrow();
        assertThat(login.get("actorId")).isEqualTo(editor.principal().userId().toString());
        Map<String, Object> failed = entries.stream().filter(e -> "FAILED_LOGIN".equals(e.get("action"))).findFirst().orElseThrow();
        assertThat(JsonPath.<String>read(failed, "$.after.reason")).isEqualTo("BadCredentialsException");
    }

    @Test
    void exportsAndDocumentDownloadsAreLogged() throws Exception {
        call(get("/api/v1/measurements/export").param("format", "xlsx"), coordinator, null).andExpect(status().isOk());

        List<Map<String, Object>> entries = items(audit(Map.of("user", coordinator.principal().username())));
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.get("action")).isEqualTo("EXPORT");
            assertThat(e.get("recordType")).isEqualTo("measurement");
            assertThat(JsonPath.<String>read(e, "$.after.format")).isEqualTo("xlsx");
        });
    }

    @Test
    void secretsNeverReachTheLog() throws Exception {
        TestUser someone = users.create(Role.EDITOR);
        String userEntries = audit(Map.of("record", "access_user:" + someone.principal().userId()));
        assertThat(items(userEntries)).extracting(e -> e.get("action")).contains("CREATE");
        assertThat(userEntries).contains(someone.principal().username())
                .doesNotContainIgnoringCase("password").doesNotContain("{bcrypt}").doesNotContain("$2a$");

        String tokens = audit(Map.of("user", "system", "record", "access_token:"));
        String tokenEntries = audit(Map.of("person", someone.principal().userId().toString()));
        assertThat(tokenEntries).contains("access_token").doesNotContainIgnoringCase("hash")
                .doesNotContain(someone.token());
        assertThat(tokens).doesNotContainIgnoringCase("tokenHash");
    }

    @Test
    void filtersByTimeAndPerson() throws Exception { // bad dates: AuditControllerTest
        String title = "Personsøgning " + UUID.randomUUID();
        String strategy = id(call(post("/api/v1/strategies"), coordinator, strategyJson(title, "DRAFT", null))
                .andExpect(status().isCreated()));
        assertThat(items(audit(Map.of("person", title.toUpperCase())))).extracting(e -> e.get("recordId"))
                .containsExactly(strategy);
        assertThat(items(audit(Map.of("person", title, "to", "2000-01-01")))).isEmpty();
        assertThat(items(audit(Map.of("person", title, "from", "2000-01-01", "to", "2999-12-31")))).hasSize(1);
    }

    @Test
    void csvExportHasTheEntriesAndIsItselfLogged() throws Exception {
        String title = "CSV-eksport " + UUID.randomUUID();
        String strategy = id(call(post("/api/v1/strategies"), coordinator, strategyJson(title, "DRAFT", null))
                .andExpect(status().isCreated()));
        String csv = call(get("/api/v1/audit").param("format", "csv").param("record", strategy), admin, null)
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("id,occurred_at,actor_id,actor_name");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("CREATE", strategy, coordinator.principal().username(), title);

        List<Map<String, Object>> exports = items(audit(Map.of("user", admin.principal().username(), "record", "audit_entry:")));
        assertThat(exports).anySatisfy(e -> {
            assertThat(e.get("action")).isEqualTo("EXPORT");
            assertThat(e.get("recordType")).isEqualTo("audit_entry");
        });
    }

    @Test
    void onlyAdministratorsMayReadTheLog() throws Exception {
        call(get("/api/v1/audit"), null, null).andExpect(status().isUnauthorized());
        call(get("/api/v1/audit").param("format", "csv"), null, null).andExpect(status().isUnauthorized());
        for (Role role : List.of(Role.EDITOR, Role.READER)) {
            TestUser user = users.create(role);
            call(get("/api/v1/audit"), user, null).andExpect(status().isForbidden());
            call(get("/api/v1/audit").param("format", "csv"), user, null).andExpect(status().isForbidden());
        }
        call(get("/api/v1/audit").param("size", "1"), admin, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.total").isNumber());
    }

    private String strategyJson(String title, String status, Integer version) {
        return """
                {"title": "%s", "kind": "PLAN", "ownerId": "%s", "status": "%s", "visibility": "PUBLIC"%s}"""
                .formatted(title, politi, status, version == null ? "" : ", \"version\": " + version);
    }

    private String audit(Map<String, String> filters) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/audit").param("size", "200");
        filters.forEach(request::param);
        return call(request, admin, null).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<Map<String, Object>> items(String json) {
        return JsonPath.read(json, "$.items");
    }

    private ResultActions call(MockHttpServletRequestBuilder request, TestUser user, String json) throws Exception {
        if (user != null) {
            request.header("Authorization", user.bearer());
        }
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    private static String id(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }
}
