package dk.pejling.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.TestUsers.TestUser;
import dk.pejling.WebSessions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The permission matrix of docs/permissions.md, executed: every row of its tables is called as every
 * actor against an internal strategy and its records, and the outcome compared with the cell. A second
 * test fails when the application has an endpoint or page the document does not list, so the matrix
 * cannot fall behind the code.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionMatrixTest {

    static final Path MATRIX = Path.of("docs/permissions.md");
    static final String PASSWORD = "a-long-test-password";

    enum Actor { anon, outsider, reader, editor, coordinator, admin }

    record Row(String method, String path, Map<Actor, String> expected) {
        boolean api() {
            return path.startsWith("/api/");
        }

        String key() {
            return method + " " + path.replaceAll("\\{[^}]+}", "{}");
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    dk.pejling.search.SearchService search;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final Map<Actor, TestUser> actors = new EnumMap<>(Actor.class);
    final Map<Actor, MockHttpSession> sessions = new EnumMap<>(Actor.class);
    TestUser admin;
    String tag;
    String politi;
    String strategy;
    String goal;
    String indicator;
    String indicatorKey;
    String measurement;
    String initiative;
    String round;
    String report;
    String document;
    String organisation;
    final Map<String, String> proceedings = new LinkedHashMap<>();
    final Map<String, MvcResult> publicAnswers = new java.util.HashMap<>();
    @Autowired
    dk.pejling.proceedings.ProceedingsTestData proceedingsData;
    @Autowired
    dk.pejling.proceedings.MinutesImportService minutesImports;
    static final dk.pejling.shared.Viewer SYSTEM = new dk.pejling.shared.Viewer(UUID.randomUUID(), null,
            Set.of(dk.pejling.shared.Viewer.ADMIN), "matrix-admin");
    String job;

    @BeforeAll
    void createTheInternalStrategyAndItsActors() throws Exception {
        tag = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        politi = organisation("Nordjyllands Politi");
        String region = organisation("Region Nordjylland");
        organisation = politi;
        admin = users.create(Role.ADMIN);
        actors.put(Actor.admin, admin);
        actors.put(Actor.outsider, users.create(Role.EDITOR, UUID.fromString(region)));
        actors.put(Actor.reader, users.create(Role.READER, UUID.fromString(politi)));
        actors.put(Actor.editor, users.create(Role.EDITOR, UUID.fromString(politi)));

        strategy = newStrategy();
        String third = JsonPath.read(api(HttpMethod.POST, "/api/v1/organisations", admin,
                "{\"name\": \"Tredje part " + tag + "\", \"kind\": \"OTHER\"}").getResponse().getContentAsString(), "$.id");
        actors.put(Actor.coordinator, users.coordinator(UUID.fromString(third), UUID.fromString(strategy)));
        for (Actor actor : Actor.values()) {
            if (actor != Actor.anon) {
                sessions.put(actor, WebSessions.signIn(mvc, actors.get(actor).principal().username(), PASSWORD));
            }
        }

        goal = newGoal();
        indicatorKey = tag + "-indikator";
        indicator = created(api(HttpMethod.POST, "/api/v1/indicators", admin, """
                {"key": "%s", "name": "Matrixindikator %s", "unit": "PERCENT", "direction": "HIGHER_IS_BETTER",
                 "visibility": "INTERNAL", "goals": [{"goalId": "%s"}]}""".formatted(indicatorKey, tag, goal)));
        measurement = created(api(HttpMethod.POST, "/api/v1/indicators/" + indicator + "/measurements", admin,
                "{\"period\": \"2018\", \"value\": 42}"));
        initiative = newInitiative();
        round = created(api(HttpMethod.POST, "/api/v1/reporting-rounds", admin, """
                {"strategyId": "%s", "title": "Status %s", "asOf": "2026-03-01", "dueDate": "2026-03-15"}"""
                .formatted(strategy, tag)));
        report = JsonPath.read(api(HttpMethod.POST, "/api/v1/initiatives/" + initiative + "/status-reports", admin,
                "{\"roundId\": \"" + round + "\", \"status\": \"i-gang\"}").getResponse().getContentAsString(), "$.id");
        document = JsonPath.read(mvc.perform(multipart("/api/v1/strategies/{id}/documents", strategy)
                .file(new MockMultipartFile("file", "plan.pdf", "application/pdf", "%PDF-1.4 matrix".getBytes()))
                .param("version", String.valueOf(JsonPath.<Integer>read(mvc.perform(get("/api/v1/strategies/" + strategy)
                        .header("Authorization", admin.bearer())).andReturn().getResponse().getContentAsString(), "$.version")))
                .header("Authorization", admin.bearer())).andReturn().getResponse().getContentAsString(), "$.id");
        // A report job is its starter's alone: {job} is the administrator's, so every other actor gets 404.
        job = JsonPath.read(mvc.perform(post("/api/v1/reports/jobs").param("kind", "annual").param("strategy", strategy)
                .param("year", "2018").param("format", "html").header("Authorization", admin.bearer()))
                .andReturn().getResponse().getContentAsString(), "$.id");
        createProceedings();
        safetyIndexFixture();
        // the search indexes after each commit, off the request thread: wait until the strategy is findable
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> search.search(
                new dk.pejling.search.SearchRequest(tag, null, null, null, null, 0, 10), SYSTEM).total() > 0);
    }

    /** A meeting of a test committee with open and closed items, and the OParl objects of the body. */
    private void createProceedings() throws Exception {
        var imported = proceedingsData.importWithClosedItems();
        proceedings.put("{meeting}", imported.recorded().meeting().id().toString());
        proceedings.put("{committee}", imported.recorded().meeting().committeeId().toString());
        proceedings.put("{item}", imported.item(0).id().toString());
        proceedings.put("{closedItem}", imported.item(3).id().toString());
        proceedings.put("{case}", String.valueOf(imported.item(0)
                .visibleTo(dk.pejling.proceedings.ClosedAccess.ALL, null).caseId()));
        String body = lastSegment(JsonPath.read(mvc.perform(get("/oparl/v1/bodies")).andReturn().getResponse()
                .getContentAsString(), "$.data[0].id"));
        proceedings.put("{body}", body);
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("{organization}", "organization");
        lists.put("{person}", "person");
        lists.put("{membership}", "membership");
        lists.put("{oparlMeeting}", "meeting");
        lists.put("{agendaItem}", "agendaItem");
        lists.put("{consultation}", "consultation");
        lists.put("{paper}", "paper");
        lists.put("{file}", "file");
        lists.put("{location}", "locationList");
        lists.put("{legislativeTerm}", "legislativeTermList");
        for (var list : lists.entrySet()) {
            String json = mvc.perform(get("/oparl/v1/body/" + body + "/" + list.getValue())).andReturn().getResponse()
                    .getContentAsString();
            List<String> ids = JsonPath.read(json, "$.data[*].id");
            // an empty list leaves an unknown id: then every actor must get the same 404
            proceedings.put(list.getKey(), ids.isEmpty() ? UUID.randomUUID().toString() : lastSegment(ids.get(0)));
        }
    }

    private static String lastSegment(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** A fresh import draft of the test minutes, by an administrator. */
    private String newDraft() throws Exception {
        return minutesImports.preview(minutes(), "referat.txt", SYSTEM).id().toString();
    }

    private static byte[] minutes() throws Exception {
        try (var in = PermissionMatrixTest.class.getResourceAsStream("/proceedings/socialudvalget-2024-03-12.txt")) {
            return in.readAllBytes();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRowOfTheMatrixHoldsForEveryActor() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows()) {
            for (Actor actor : Actor.values()) {
                String expected = row.expected().get(actor);
                tests.add(DynamicTest.dynamicTest(row.method() + " " + row.path() + " as " + actor + " → " + expected,
                        () -> check(row, actor, expected)));
            }
        }
        return tests.stream();
    }

    @Test
    void everyEndpointAndPageOfTheApplicationIsInTheMatrix() throws Exception {
        Set<String> documented = new TreeSet<>();
        rows().forEach(r -> documented.add(r.key()));
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<String> patterns = info.getPatternValues();
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (pattern.equals("/error") || pattern.startsWith("/v3/") || pattern.startsWith("/swagger")) {
                    continue;
                }
                String normalised = pattern.replaceAll("\\{[^}]+}", "{}");
                methods.forEach(m -> served.add(m.name() + " " + normalised));
            }
        });
        assertThat(documented).as("rows of docs/permissions.md").containsAll(served);
    }

    @Test
    void aPublicStrategyIsReadableByEveryActorOnTheReadPaths() throws Exception {
        String open = created(api(HttpMethod.POST, "/api/v1/strategies", admin, """
                {"title": "Offentlig %s", "kind": "PLAN", "ownerId": "%s", "status": "ADOPTED", "visibility": "PUBLIC"}"""
                .formatted(tag, politi)));
        for (Actor actor : Actor.values()) {
            assertThat(status(actor, get("/api/v1/strategies/" + open), true)).as(actor.name()).isEqualTo(200);
            assertThat(status(actor, get("/strategier/" + open), false)).as(actor.name()).isEqualTo(200);
        }
    }

    private void check(Row row, Actor actor, String expected) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request = requestFor(row, actor);
        MvcResult result = perform(actor, request, row.api());
        int code = result.getResponse().getStatus();
        String location = result.getResponse().getHeader("Location");
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String what = row.method() + " " + row.path() + " as " + actor + ": " + code + " " + (location == null ? "" : location);
        switch (expected) {
            case "ok" -> {
                assertThat(code).as(what).isIn(200, 201, 202, 204, 302, 303, 400, 409);
                if (location != null) {
                    assertThat(location).as(what).doesNotEndWith("/login");
                }
                String marker = listMarker(row);
                if (marker != null && code == 200) {
                    assertThat(body).as(what + " lists the record").contains(marker);
                }
            }
            case "hidden" -> {
                assertThat(code).as(what).isEqualTo(200);
                assertThat(body).as(what + " leaves the record out").doesNotContain(listMarker(row));
            }
            case "public" -> {
                // the same answer for everyone: nothing more for a signed-in user
                if (actor == Actor.anon) {
                    publicAnswers.put(row.key(), result);
                    assertThat(code).as(what).isIn(200, 404);
                } else {
                    MvcResult anonymous = publicAnswers.get(row.key());
                    assertThat(code).as(what).isEqualTo(anonymous.getResponse().getStatus());
                    assertThat(body).as(what + " is the public answer").isEqualTo(
                            anonymous.getResponse().getContentAsString(StandardCharsets.UTF_8));
                }
            }
            case "login" -> {
                if (row.api()) {
                    assertThat(code).as(what).isEqualTo(401);
                } else {
                    assertThat(code).as(what).isEqualTo(302);
                    assertThat(location).as(what).endsWith("/login");
                }
            }
            default -> assertThat(code).as(what).isEqualTo(Integer.parseInt(expected));
        }
        if (code == 404 || code == 403 || code == 401) {
            assertThat(body).as(what + " tells nothing of the record")
                    .doesNotContain("Matrixstrategi", "Internt matrixmål", "Matrixindikator", "Matrixindsats");
        }
    }

    /** What a list, file or page must contain when the record is readable, and must not otherwise. */
    private String listMarker(Row row) {
        return switch (row.path()) {
            case "/api/v1/strategies", "/", "/api/v1/search", "/soeg", "/api/v1/overview", "/oversigt" -> strategy;
            case "/api/v1/goals" -> goal;
            case "/api/v1/indicators" -> indicator;
            case "/api/v1/initiatives" -> initiative;
            case "/api/v1/measurements/export", "/maalinger/eksport" -> indicatorKey;
            case "/api/v1/register-imports/export", "/register/eksport" -> strategy;
            case "/api/v1/safety-index/values" -> safetyValue;
            case "/api/v1/safety-index/feeds", "/tryghed/koblinger" -> indicatorKey;
            default -> null;
        };
    }

    private AbstractMockHttpServletRequestBuilder<?> requestFor(Row row, Actor actor) throws Exception {
        String path = row.path();
        boolean destructive = row.method().equals("DELETE") || path.endsWith("/slet");
        String s = destructive && path.contains("{strategy}") && !path.contains("coordinators") ? newStrategy() : strategy;
        String g = destructive && path.contains("{goal}") ? newGoal() : goal;
        String n = destructive && path.contains("{initiative}") ? newInitiative() : initiative;
        String i = destructive && path.contains("{indicator}") ? newIndicator() : indicator;
        String o = destructive && path.contains("{organisation}") ? created(api(HttpMethod.POST, "/api/v1/organisations", admin,
                "{\"name\": \"Slettes " + UUID.randomUUID() + "\", \"kind\": \"OTHER\"}")) : organisation;
        String u = path.contains("{user}") ? grantedCoordinator() : null;
        String t = path.contains("{token}") ? ownToken(actor) : null;
        String url = path.replace("{strategy}", s).replace("{goal}", g).replace("{initiative}", n).replace("{indicator}", i)
                .replace("{organisation}", o).replace("{measurement}", measurement).replace("{round}", round)
                .replace("{report}", report).replace("{document}", document).replace("{year}", "2018")
                .replace("{job}", job);
        if (u != null) {
            url = url.replace("{user}", u);
        }
        if (t != null) {
            url = url.replace("{token}", t);
        }
        for (var p : proceedings.entrySet()) {
            url = url.replace(p.getKey(), p.getValue());
        }
        if (url.contains("{import}")) {
            url = url.replace("{import}", newDraft());
        }
        if (destructive && path.contains("/proceedings/meetings/")) {
            url = url.replace(proceedings.get("{meeting}"),
                    proceedingsData.importWithClosedItems().recorded().meeting().id().toString());
        }
        url += query(path);
        if ((path.equals("/api/v1/proceedings/imports") || path.equals("/referater/import")) && row.method().equals("POST")) {
            return multipart(url).file(new MockMultipartFile("file", "referat.txt", "text/plain", minutes()));
        }
        if ((path.equals("/api/v1/register-imports") || path.equals("/register/import")) && row.method().equals("POST")) {
            // a dry run of a strategy owned by A: whoever may import gets the check (a row error when they may
            // not register for A), and nothing is kept
            byte[] content = ("nøgle;titel;type;ejer;status;synlighed\nmatrix-import;Matrixstrategi import;plan;" + politi
                    + ";vedtaget;intern\n").getBytes(StandardCharsets.UTF_8);
            return multipart(url).file(new MockMultipartFile("file", "strategier.csv", "text/csv", content));
        }
        if (path.endsWith("/documents") || path.endsWith("/dokumenter") || path.endsWith("/imports")
                || (path.equals("/maalinger/import") && row.method().equals("POST"))) {
            String name = path.contains("import") ? "maalinger.csv" : "plan.pdf";
            byte[] content = path.contains("import")
                    ? ("indikator;periode;værdi\n" + indicatorKey + ";2019;50\n").getBytes(StandardCharsets.UTF_8)
                    : "%PDF-1.4 matrix".getBytes();
            return multipart(url).file(new MockMultipartFile("file", name, path.contains("import") ? "text/csv" : "application/pdf", content))
                    .param("version", "-1"); // a stale version: a permitted caller gets 409 and nothing is kept
        }
        AbstractMockHttpServletRequestBuilder<?> request = request(HttpMethod.valueOf(row.method()), url);
        String body = row.api() ? body(row) : null; // a fresh body per call
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        if (!row.api() && row.method().equals("POST")) {
            formFields(row).forEach(request::param);
        }
        return request;
    }

    /** Query parameters some reads need; lists search for the test's own records. */
    private String query(String path) {
        return switch (path) {
            case "/api/v1/strategies", "/api/v1/goals", "/api/v1/initiatives", "/api/v1/indicators" -> "?q=matrix";
            case "/" -> "?q=" + tag;
            case "/api/v1/search", "/soeg" -> "?q=" + tag;
            case "/api/v1/reporting-rounds" -> "?strategy=" + strategy;
            case "/api/v1/reports/status", "/rapporter/status" -> "?strategy=" + strategy + "&round=" + round + "&format=html";
            case "/api/v1/reports/annual", "/rapporter/aarsberetning" -> "?strategy=" + strategy + "&year=2018&format=html";
            case "/api/v1/reports/jobs" -> "?kind=annual&strategy=" + strategy + "&year=2018&format=html";
            case "/api/v1/measurements/export", "/maalinger/eksport" -> "?format=csv";
            case "/api/v1/register-imports/export", "/register/eksport" -> "?kind=strategies&format=csv";
            case "/api/v1/register-imports" -> "?kind=strategies&dryRun=true";
            case "/api/v1/register-imports/template", "/register/skabelon" -> "?kind=goals&format=csv";
            case "/strategier/{strategy}/aarsberetning/tekster" -> "?year=2018";
            case "/api/v1/safety-index/changes" -> "?area=" + proceedings.get("{area}") + "&method=" + safetyVersion
                    + "&from=2020&to=2021";
            case "/api/v1/safety-index/sensitivity" -> "?method=" + safetyVersion + "&period=2021&kind=BOLIGOMRAADE";
            // a feed of another method version: a permitted removal answers 204 and leaves the fixture's feed
            case "/api/v1/safety-index/feeds" -> "?indicator=" + indicatorKey + "&area=" + proceedings.get("{area}") + "&method=0.0.1";
            default -> "";
        };
    }

    /**
     * Complete bodies, so a permitted caller passes validation and a refused one is refused for who they
     * are, not for a missing field; versions are stale on purpose, so a permitted update answers 409 and
     * leaves the fixture as it was.
     */
    private String body(Row row) throws Exception {
        String key = row.method() + " " + row.path();
        String strategyBody = "\"title\": \"Matrixstrategi ny\", \"kind\": \"PLAN\", \"ownerId\": \"" + politi
                + "\", \"status\": \"ADOPTED\", \"visibility\": \"INTERNAL\"";
        String indicatorBody = "\"name\": \"Matrixindikator ny\", \"unit\": \"COUNT\", \"direction\": \"HIGHER_IS_BETTER\", "
                + "\"visibility\": \"INTERNAL\", \"goals\": [{\"goalId\": \"" + goal + "\"}]";
        String initiativeBody = "\"strategyId\": \"" + strategy + "\", \"number\": \"9.9\", \"kind\": \"INITIATIVE\", "
                + "\"title\": \"Matrixindsats ny\", \"responsibleId\": \"" + politi + "\", \"visibility\": \"INTERNAL\"";
        return switch (key) {
            case "POST /api/v1/organisations" -> "{\"name\": \"Ny " + UUID.randomUUID() + "\", \"kind\": \"OTHER\"}";
            case "PUT /api/v1/organisations/{organisation}" ->
                    "{\"name\": \"Nordjyllands Politi\", \"kind\": \"POLICE_DISTRICT\", \"version\": -1}";
            case "POST /api/v1/strategies" -> "{" + strategyBody + "}";
            case "PUT /api/v1/strategies/{strategy}" -> "{" + strategyBody + ", \"version\": -1}";
            case "POST /api/v1/strategies/{strategy}/coordinators" ->
                    "{\"userId\": \"" + users.create(Role.READER).principal().userId() + "\"}";
            case "PUT /api/v1/strategies/{strategy}/status-scheme" -> """
                    [{"code": "i-gang", "labelDa": "I gang", "labelEn": "In progress", "colour": "#2e7d32", "icon": "✓",
                      "needsNote": false}]""";
            case "POST /api/v1/goals" ->
                    "{\"strategyId\": \"" + strategy + "\", \"code\": \"9\", \"kind\": \"GOAL\", \"title\": \"Nyt mål\"}";
            case "PUT /api/v1/goals/{goal}" -> "{\"strategyId\": \"" + strategy
                    + "\", \"code\": \"1\", \"kind\": \"GOAL\", \"title\": \"Internt matrixmål\", \"version\": -1}";
            case "PUT /api/v1/goals/{goal}/manual-verdicts/{year}" -> "{\"status\": \"REACHED\", \"reason\": \"Vurderet\"}";
            case "POST /api/v1/indicators" -> "{" + indicatorBody + "}";
            case "PUT /api/v1/indicators/{indicator}" -> "{" + indicatorBody + ", \"version\": -1}";
            case "POST /api/v1/indicators/{indicator}/measurements" -> "{\"period\": \"2017\", \"value\": 40}";
            case "PUT /api/v1/indicators/{indicator}/measurements/{measurement}" ->
                    "{\"period\": \"2018\", \"value\": 43, \"reason\": \"Rettet\", \"version\": -1}";
            case "POST /api/v1/initiatives" -> "{" + initiativeBody + "}";
            case "PUT /api/v1/initiatives/{initiative}" -> "{" + initiativeBody + ", \"version\": -1}";
            case "POST /api/v1/initiatives/{initiative}/status-reports" ->
                    "{\"roundId\": \"" + round + "\", \"status\": \"i-gang\", \"version\": -1}";
            case "POST /api/v1/reporting-rounds" -> "{\"strategyId\": \"" + strategy
                    + "\", \"title\": \"Ny runde\", \"asOf\": \"2026-09-01\", \"dueDate\": \"2026-09-15\"}";
            case "POST /api/v1/reporting-rounds/{round}/approve" -> "{\"version\": -1}";
            case "POST /api/v1/me/tokens" -> "{\"name\": \"matrix\"}";
            case "POST /api/v1/status-reports/{report}/review" -> "{\"approve\": true, \"version\": -1}";
            case "POST /api/v1/safety-index/feeds" -> "{\"indicatorKey\": \"" + indicatorKey + "\", \"area\": \""
                    + proceedings.get("{area}") + "\", \"method\": \"" + safetyVersion + "\", \"component\": \"index\"}";
            case "POST /api/v1/status-reports/{report}/corrections" ->
                    "{\"status\": \"i-gang\", \"reason\": \"Rettet\", \"version\": -1}";
            default -> row.method().equals("POST") || row.method().equals("PUT") ? "{\"version\": -1}" : null;
        };
    }

    private Map<String, String> formFields(Row row) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", "-1");
        switch (row.path()) {
            case "/strategier/ny" -> fields.put("ownerId", politi);
            case "/strategier/{strategy}/indsatser/ny", "/indsatser/{initiative}/rediger" -> fields.put("responsibleId", politi);
            case "/strategier/{strategy}/indikatorer/ny", "/indikatorer/{indicator}/rediger" -> fields.put("goals[0].goalId", goal);
            case "/maalinger/{measurement}/ret" -> fields.put("indicatorId", indicator);
            case "/maal/{goal}/vurdering" -> fields.put("year", "2018");
            case "/tryghed/koblinger/slet" -> {
                fields.put("indicatorKey", indicatorKey);
                fields.put("area", proceedings.get("{area}"));
                fields.put("methodVersion", "0.0.1");
            }
            case "/rapporter/jobs" -> {
                fields.put("kind", "annual");
                fields.put("strategy", strategy);
                fields.put("year", "2018");
                fields.put("format", "html");
            }
            default -> {
            }
        }
        return fields;
    }

    private int status(Actor actor, AbstractMockHttpServletRequestBuilder<?> request, boolean api) throws Exception {
        return perform(actor, request, api).getResponse().getStatus();
    }

    private MvcResult perform(Actor actor, AbstractMockHttpServletRequestBuilder<?> request, boolean api) throws Exception {
        if (actor != Actor.anon) {
            if (api) {
                request.header("Authorization", actors.get(actor).bearer());
            } else {
                request.session(sessions.get(actor));
            }
        }
        if (!api) {
            request.with(csrf());
        }
        return mvc.perform(request).andReturn();
    }

    // ---- the fixture ----

    /** An internal safety index M with one computed value of a matrix area: {version}, {value}, {area}. */
    private void safetyIndexFixture() throws Exception {
        String area = "matrix-" + tag.substring(tag.length() - 8);
        String version = "8." + Math.abs(tag.hashCode() % 10000) + ".0";
        api(HttpMethod.POST, "/api/v1/safety-index/areas", admin, """
                {"areas": [{"code": "%s", "name": "Matrixområde", "kind": "BOLIGOMRAADE"}]}""".formatted(area));
        String document;
        try (var in = PermissionMatrixTest.class.getResourceAsStream("/safetyindex/method-1.0.0.yaml")) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("version: 1.0.0", "version: " + version);
        }
        api(HttpMethod.POST, "/api/v1/safety-index/methods", admin, new tools.jackson.databind.json.JsonMapper()
                .writeValueAsString(Map.of("document", document, "publicIndex", false)));
        String values = api(HttpMethod.POST, "/api/v1/safety-index/computations", admin,
                "{\"method\": \"" + version + "\", \"period\": \"2021\"}").getResponse().getContentAsString();
        safetyValue = JsonPath.<List<String>>read(values, "$.items[?(@.area == '" + area + "')].id").get(0);
        safetyVersion = version;
        proceedings.put("{version}", version);
        proceedings.put("{value}", safetyValue);
        proceedings.put("{area}", area);
        // the internal indicator is fed by the internal index: the feed lists show it to who may enter its data
        api(HttpMethod.POST, "/api/v1/safety-index/feeds", admin, """
                {"indicatorKey": "%s", "area": "%s", "method": "%s", "component": "index"}""".formatted(indicatorKey, area, version));
    }

    String safetyValue;
    String safetyVersion;

    private String newStrategy() throws Exception {
        String id = created(api(HttpMethod.POST, "/api/v1/strategies", admin, """
                {"title": "Matrixstrategi %s", "kind": "PLAN", "ownerId": "%s", "status": "ADOPTED", "visibility": "INTERNAL",
                 "summary": "Intern"}""".formatted(tag, politi)));
        TestUser coordinator = actors.get(Actor.coordinator);
        if (coordinator != null) {
            api(HttpMethod.POST, "/api/v1/strategies/" + id + "/coordinators", admin,
                    "{\"userId\": \"" + coordinator.principal().userId() + "\"}");
        }
        return id;
    }

    private String newGoal() throws Exception {
        return created(api(HttpMethod.POST, "/api/v1/goals", admin, """
                {"strategyId": "%s", "code": "1", "kind": "GOAL", "title": "Internt matrixmål", "visibility": "INTERNAL"}"""
                .formatted(strategy)));
    }

    private String newIndicator() throws Exception {
        return created(api(HttpMethod.POST, "/api/v1/indicators", admin, """
                {"name": "Matrixindikator", "unit": "COUNT", "direction": "HIGHER_IS_BETTER", "visibility": "INTERNAL",
                 "goals": [{"goalId": "%s"}]}""".formatted(goal)));
    }

    private String newInitiative() throws Exception {
        return created(api(HttpMethod.POST, "/api/v1/initiatives", admin, """
                {"strategyId": "%s", "number": "1.%d", "kind": "INITIATIVE", "title": "Matrixindsats", "responsibleId": "%s",
                 "visibility": "INTERNAL"}""".formatted(strategy, Math.abs(UUID.randomUUID().hashCode() % 1000), politi)));
    }

    /** A fresh API token of the actor, to be revoked by the request under test; anyone else's is unknown. */
    private String ownToken(Actor actor) throws Exception {
        if (actor == Actor.anon) {
            return UUID.randomUUID().toString();
        }
        return created(api(HttpMethod.POST, "/api/v1/me/tokens", actors.get(actor), "{\"name\": \"matrix\"}"));
    }

    /** A throwaway coordinator of the strategy, to be dismissed by the request under test. */
    private String grantedCoordinator() throws Exception {
        TestUser extra = users.create(Role.READER);
        api(HttpMethod.POST, "/api/v1/strategies/" + strategy + "/coordinators", admin,
                "{\"userId\": \"" + extra.principal().userId() + "\"}");
        return extra.principal().userId().toString();
    }

    private String organisation(String name) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/organisations").param("q", name)).andReturn().getResponse()
                .getContentAsString(), "$.items[0].id");
    }

    private MvcResult api(HttpMethod method, String path, TestUser user, String body) throws Exception {
        return mvc.perform(request(method, path).header("Authorization", user.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
    }

    private static String created(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isIn(200, 201);
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    static List<Row> rows() throws Exception {
        List<Row> rows = new ArrayList<>();
        Pattern line = Pattern.compile("^\\| (GET|POST|PUT|DELETE|PATCH) \\| (\\S+) \\|(.*)\\|\\s*$");
        for (String text : Files.readAllLines(MATRIX)) {
            Matcher m = line.matcher(text);
            if (!m.matches()) {
                continue;
            }
            String[] cells = m.group(3).split("\\|");
            assertThat(cells).as(text).hasSize(Actor.values().length);
            Map<Actor, String> expected = new EnumMap<>(Actor.class);
            for (Actor actor : Actor.values()) {
                expected.put(actor, cells[actor.ordinal()].strip());
            }
            rows.add(new Row(m.group(1), m.group(2), expected));
        }
        assertThat(rows).as("rows in " + MATRIX).hasSizeGreaterThan(50);
        return rows;
    }
}
