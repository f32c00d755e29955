package dk.pejling.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.TestUsers.TestUser;
import dk.pejling.shared.Redaction;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Names marked in public texts reach the public as neutral labels, on every path; staff see the names. */
@IntegrationTest
class RedactionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    @Test
    void eachNameGetsOneLabelThroughoutAndNothingElseIsTouched() {
        assertThat(Redaction.forPublic("Mødt med [[Jens Hansen]] og [[Eva Holm]]; [[Jens  Hansen]] følger op."))
                .isEqualTo("Mødt med [person 1] og [person 2]; [person 1] følger op.");
        assertThat(Redaction.forPublic("{\"values\": [[1, 2], [3, 4]], \"names\": [[\"a\"]]}"))
                .as("JSON arrays are not names").isEqualTo("{\"values\": [[1, 2], [3, 4]], \"names\": [[\"a\"]]}");
        assertThat(Redaction.forPublic("Direktør i Himmerland Boligforening, Xxxxx"))
                .as("names the source already redacted stay as they are").isEqualTo("Direktør i Himmerland Boligforening, Xxxxx");
        assertThat(Redaction.forPublic(null)).isNull();
    }

    @Test
    void theAnonymousPublicSeesLabelsInPagesApiAndReportsWhileStaffSeeTheName() throws Exception {
        TestUser admin = users.create(Role.ADMIN);
        String politi = JsonPath.read(mvc.perform(get("/api/v1/organisations").param("q", "Nordjyllands Politi"))
                .andReturn().getResponse().getContentAsString(), "$.items[0].id");
        String strategy = id(mvc.perform(json(post("/api/v1/strategies"), admin, """
                {"title": "Redaktion %s", "kind": "PLAN", "ownerId": "%s", "status": "ADOPTED", "visibility": "PUBLIC",
                 "summary": "Tovholder er [[Jens Hansen]] fra politiet."}""".formatted(UUID.randomUUID(), politi)))
                .andReturn().getResponse().getContentAsString());
        String initiative = id(mvc.perform(json(post("/api/v1/initiatives"), admin, """
                {"strategyId": "%s", "number": "1.1", "kind": "INITIATIVE", "title": "Tryghedsvandring",
                 "description": "<p>Aftalt med [[Jens Hansen]] og [[Eva Holm]].</p>", "responsibleId": "%s"}"""
                .formatted(strategy, politi))).andReturn().getResponse().getContentAsString());
        String round = id(mvc.perform(json(post("/api/v1/reporting-rounds"), admin, """
                {"strategyId": "%s", "title": "Status", "asOf": "2026-03-01", "dueDate": "2026-03-15"}""".formatted(strategy)))
                .andReturn().getResponse().getContentAsString());

        String[] anonymous = {
            body(get("/strategier/" + strategy), null),
            body(get("/api/v1/strategies/" + strategy), null),
            body(get("/api/v1/initiatives/" + initiative), null),
            body(get("/indsatser/" + initiative), null),
            pdfText(strategy, round, null),
            body(get("/api/v1/strategies").param("q", "Redaktion"), null),
        };
        for (int i = 0; i < anonymous.length; i++) {
            assertThat(anonymous[i]).as("answer " + i).doesNotContain("Jens Hansen", "Eva Holm", "[[");
            if (i < anonymous.length - 1) { // the list shows no texts
                assertThat(anonymous[i]).as("answer " + i).contains("[person 1]");
            }
        }
        assertThat(anonymous[2]).contains("[person 1] og [person 2]");

        assertThat(body(get("/api/v1/strategies/" + strategy), admin)).contains("[[Jens Hansen]]");
        assertThat(pdfText(strategy, round, admin)).contains("Jens Hansen");
    }

    private String body(MockHttpServletRequestBuilder request, TestUser user) throws Exception {
        if (user != null) {
            request.header("Authorization", user.bearer());
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String pdfText(String strategy, String round, TestUser user) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/reports/status").param("strategy", strategy)
                .param("round", round).param("format", "pdf");
        if (user != null) {
            request.header("Authorization", user.bearer());
        }
        byte[] pdf = mvc.perform(request).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, TestUser user, String body) {
        return request.header("Authorization", user.bearer()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String id(String json) {
        return JsonPath.read(json, "$.id");
    }
}
