package dk.pejling.safetyindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The safety index through its API: areas, a method version, the three imports with their dry run
 * and row errors, computing, reading values in the issue's shape, replay, immutability of a method
 * in use, and that no respondent answer is ever answered (a canary weight is looked for everywhere).
 */
@IntegrationTest
class SafetyIndexApiTest {

    /** A weight no aggregate can show: if it appears in an answer, a respondent row leaked. */
    private static final String CANARY_WEIGHT = "1.23456789";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    private final JsonMapper json = JsonMapper.builder().build();
    TestUsers.TestUser editor;
    String tag;
    String area;
    String version;

    @BeforeEach
    void setUp() throws Exception {
        editor = users.create(Role.EDITOR);
        tag = UUID.randomUUID().toString().substring(0, 8);
        area = "t" + tag;
        version = "9." + Math.abs(tag.hashCode() % 10000) + ".0";
        postJson("/api/v1/safety-index/areas", Map.of("areas", List.of(
                Map.of("code", area + "-k", "name", "Testkommune " + tag, "kind", "KOMMUNE"),
                Map.of("code", area, "name", "Testområde " + tag, "kind", "BOLIGOMRAADE", "parent", area + "-k"))), editor)
                .andExpect(status().isOk());
    }

    private ResultActions postJson(String path, Object body, TestUsers.TestUser user) throws Exception {
        var request = post(path).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        if (user != null) {
            request.header("Authorization", user.bearer());
        }
        return mvc.perform(request);
    }

    private ResultActions upload(String kind, String csv, boolean dryRun, Map<String, String> params) throws Exception {
        var request = multipart("/api/v1/safety-index/imports")
                .file(new MockMultipartFile("file", kind + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("kind", kind).param("dryRun", String.valueOf(dryRun)).header("Authorization", editor.bearer());
        params.forEach(request::param);
        return mvc.perform(request);
    }

    private String method(boolean publicIndex) throws Exception {
        String document = SafetyFixtures.methodText().replace("version: 1.0.0", "version: " + version);
        postJson("/api/v1/safety-index/methods", Map.of("document", document, "publicIndex", publicIndex), editor)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.sha256").value(org.hamcrest.Matchers.hasLength(64)));
        return document;
    }

    private void importAll() throws Exception {
        upload("population", "OMRÅDE;TID;INDHOLD;KILDE\n" + area + ";2021;4000;SYNTETISK testdata\n", false, Map.of())
                .andExpect(status().isOk()).andExpect(jsonPath("$.applied").value(true));
        StringBuilder crime = new StringBuilder("OMRÅDE;OVERTRÆD;TID;INDHOLD\n");
        for (int q = 1; q <= 4; q++) {
            crime.append(area).append(";Voldsforbrydelser;2021K").append(q).append(";10\n");
        }
        upload("crime", crime.toString(), false, Map.of()).andExpect(status().isOk());
        StringBuilder survey = new StringBuilder("omraade;vaegt;tryg_nabolag;tryg_aften;problemer\n");
        for (int i = 0; i < 300; i++) {
            survey.append(area).append(';').append(i == 0 ? CANARY_WEIGHT : "1").append(';')
                    .append(i < 240 ? "2;1;1" : "6;4;4").append('\n');
        }
        upload("survey", survey.toString(), false, Map.of("name", "Testmåling " + tag, "period", "2021", "synthetic", "true",
                "invited", "600", "answered", "300")).andExpect(status().isOk());
    }

    @Test
    void computesPublishesAndReplaysAValueInTheShapeOfTheIssue() throws Exception {
        method(true);
        importAll();
        postJson("/api/v1/safety-index/computations", Map.of("method", version, "period", "2021"), editor)
                .andExpect(status().isOk());
        String body = mvc.perform(get("/api/v1/safety-index/values").param("area", area).param("period", "2021")
                        .param("method", version))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].area").value(area))
                .andExpect(jsonPath("$.items[0].period").value("2021"))
                .andExpect(jsonPath("$.items[0].method").value(version))
                .andExpect(jsonPath("$.items[0].n").value(300))
                .andExpect(jsonPath("$.items[0].synthetic").value(true))
                .andExpect(jsonPath("$.items[0].subIndices.length()").value(3))
                .andExpect(jsonPath("$.items[0].inputsSha256").value(org.hamcrest.Matchers.hasLength(64)))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(CANARY_WEIGHT);
        double value = ((Number) JsonPath.read(body, "$.items[0].value")).doubleValue();
        double low = ((Number) JsonPath.read(body, "$.items[0].low")).doubleValue();
        double high = ((Number) JsonPath.read(body, "$.items[0].high")).doubleValue();
        assertThat(low).isLessThan(value);
        assertThat(high).isGreaterThan(value);
        // 40 reports among 4,000 residents: 10 per 1,000
        assertThat(((Number) JsonPath.read(body, "$.items[0].indicators[3].value")).doubleValue()).isEqualTo(10.0);
        String id = JsonPath.read(body, "$.items[0].id");

        String replay = mvc.perform(post("/api/v1/safety-index/values/{id}/replay", id).header("Authorization", editor.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.identical").value(true))
                .andReturn().getResponse().getContentAsString();
        assertThat(replay).doesNotContain(CANARY_WEIGHT);
        // The public reads it too (a public index), without a token.
        mvc.perform(get("/api/v1/safety-index/values/{id}", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(value));
        // Once a value uses the method, its document cannot change.
        String changed = SafetyFixtures.methodText().replace("version: 1.0.0", "version: " + version).replace("seed: 20261202", "seed: 1");
        postJson("/api/v1/safety-index/methods", Map.of("document", changed), editor).andExpect(status().isConflict());
    }

    @Test
    void replayNoticesAnInputChangedBehindThePublishedValue() throws Exception {
        method(true);
        importAll();
        String body = postJson("/api/v1/safety-index/computations", Map.of("method", version, "period", "2021"), editor)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.<List<String>>read(body, "$.items[?(@.area == '" + area + "')].id").get(0);
        upload("population", "OMRÅDE;TID;INDHOLD\n" + area + ";2021;4100\n", false, Map.of()).andExpect(status().isOk());
        mvc.perform(post("/api/v1/safety-index/values/{id}/replay", id).header("Authorization", editor.bearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.identical").value(false));
    }

    @Test
    void internalIndexValuesAreNotForThePublic() throws Exception {
        method(false);
        importAll();
        String body = postJson("/api/v1/safety-index/computations", Map.of("method", version, "period", "2021"), editor)
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.<List<String>>read(body, "$.items[?(@.area == '" + area + "')].id").get(0);
        mvc.perform(get("/api/v1/safety-index/values/{id}", id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/safety-index/values").param("method", version)).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/safety-index/methods/{v}", version)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/safety-index/values/{id}", id).header("Authorization", users.create(Role.READER).bearer()))
                .andExpect(status().isOk());
    }

    @Test
    void badRowsAreRowErrorsAndNothingIsWritten() throws Exception {
        method(true);
        String bad = "omraade;vaegt;tryg_nabolag;tryg_aften;problemer\n"
                + "ukendt-omraade;1;2;1;1\n"
                + area + ";1;9;1;1\n"
                + area + ";0;2;1;1\n"
                + area + ";-1;2;1;1\n";
        upload("survey", bad, true, Map.of("name", "Forkert " + tag, "period", "2021")).andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(false))
                .andExpect(jsonPath("$.errors.length()").value(4))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("omraade"))
                .andExpect(jsonPath("$.errors[1].message").value(org.hamcrest.Matchers.containsString("outside the item's scale 1–7")))
                .andExpect(jsonPath("$.errors[2].column").value("vaegt"));
        upload("survey", bad, false, Map.of("name", "Forkert " + tag, "period", "2021")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(4)).andExpect(jsonPath("$.applied").value(false));
        upload("survey", "omraade;vaegt;tryg_nabolag\n" + area + ";1;2\n", false, Map.of("name", "Uden periode"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors.period").exists());
        upload("crime", "OMRÅDE;OVERTRÆD;TID;INDHOLD\n" + area + ";Vold;2021;3\n" + area + ";Vold;2021K1;-2\n", false, Map.of())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(2));
        // nothing of the rejected files was written: no value can be computed for the area
        postJson("/api/v1/safety-index/computations", Map.of("method", version, "period", "2021"), editor);
        mvc.perform(get("/api/v1/safety-index/values").param("area", area).param("method", version))
                .andExpect(jsonPath("$.items[0].suppressed.reason").value(org.hamcrest.Matchers.startsWith("INDICATOR_MISSING")))
                .andExpect(jsonPath("$.items[0].n").value(0));
    }

    @Test
    void aMethodWhoseWeightsDoNotSumToOneIsAFieldError() throws Exception {
        String document = SafetyFixtures.methodText().replace("version: 1.0.0", "version: " + version).replace("weight: 0.4}", "weight: 0.45}");
        postJson("/api/v1/safety-index/methods", Map.of("document", document), editor).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.subIndices").value(org.hamcrest.Matchers.containsString("sum to 1")));
        mvc.perform(get("/api/v1/safety-index/methods/{v}", version).header("Authorization", editor.bearer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFileOverTheImportLimitIsRefusedBeforeItIsRead() throws Exception {
        byte[] big = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        mvc.perform(multipart("/api/v1/safety-index/imports").file(new MockMultipartFile("file", "stor.csv", "text/csv", big))
                        .param("kind", "crime").header("Authorization", editor.bearer()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors.file").value(org.hamcrest.Matchers.containsString("MB")));
    }

    @Test
    void theSensitivityAnalysisSaysWhichAssumptionMovesARank() throws Exception {
        method(true);
        importAll();
        mvc.perform(get("/api/v1/safety-index/sensitivity").param("method", version).param("period", "2021"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.scenarios.length()").value(10))
                .andExpect(jsonPath("$.areas[?(@.area == '" + area + "')].baseRank").exists());
    }
}
