package dk.pejling.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.Fixtures;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.TestUsers.TestUser;
import dk.pejling.WebSessions;
import dk.pejling.report.ReportTextService;
import dk.pejling.strategy.Goal;
import dk.pejling.strategy.Strategy;
import dk.pejling.shared.Visibility;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Script payloads saved into every rich-text field of the application (an initiative's description,
 * purpose, content and responsibilities; a status report's comment; the annual report's foreword,
 * introduction and each main goal's introduction and examples), and into plain fields beside them,
 * come back inert: in the pages, in the report HTML and in the API.
 */
@IntegrationTest
class RichTextXssTest {

    private static final String PAYLOAD = "<p>Tekst</p><script>alert('s')</script><img src=x onerror=alert('i')>"
            + "<a href=\"javascript:alert('a')\">klik</a><svg onload=alert('v')><title>xss-svg</title></svg>"
            + "<iframe src=\"https://angriber.example/\"></iframe><p onclick=\"alert('c')\" style=\"x\">mere</p>"
            + "<a href=\"https://aalborg.dk/\">ok</a>";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Fixtures fixtures;

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private String call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, TestUser as,
                        String body) throws Exception {
        return mvc.perform(request.header("Authorization", as.bearer()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void payloadsInEveryRichTextFieldComeBackInert() throws Exception {
        TestUser admin = users.create(Role.ADMIN);
        MockHttpSession session = WebSessions.signIn(mvc, admin.principal().username(), "a-long-test-password");
        var owner = fixtures.organisation("XSS-org " + Fixtures.token());
        Strategy strategy = fixtures.strategy("XSS-strategi " + Fixtures.token() + " <script>alert('t')</script>", owner.id())
                .summary(PAYLOAD).create();
        Goal mainGoal = fixtures.goal(strategy, null, "Hovedmål <img src=x onerror=alert('g')>", Visibility.PUBLIC);
        String strategyId = strategy.id().value().toString();

        String initiative = call(post("/api/v1/initiatives"), admin, """
                {"strategyId": "%s", "number": "1", "kind": "INITIATIVE", "title": %s, "description": %s,
                 "purpose": %s, "content": %s, "responsibilities": %s, "responsibleId": "%s"}"""
                .formatted(strategyId, json("Indsats <script>alert('n')</script>"), json(PAYLOAD), json(PAYLOAD),
                        json(PAYLOAD), json(PAYLOAD), owner.id().value()));
        String initiativeId = JsonPath.read(initiative, "$.id");
        String roundId = JsonPath.read(call(post("/api/v1/reporting-rounds"), admin, """
                {"strategyId": "%s", "title": "Runde", "asOf": "2026-03-01", "dueDate": "2026-03-15"}""".formatted(strategyId)),
                "$.id");
        String report = call(post("/api/v1/initiatives/" + initiativeId + "/status-reports"), admin,
                "{\"roundId\": \"" + roundId + "\", \"status\": \"i-gang\", \"comment\": " + json(PAYLOAD) + "}");

        var texts = mvc.perform(post("/strategier/" + strategyId + "/aarsberetning/tekster").session(session).with(csrf())
                .param("year", "2026").param("text[foreword]", PAYLOAD).param("text[introduction]", PAYLOAD)
                .param("text[" + ReportTextService.mainGoalKey(mainGoal.id().value()) + ":introduction]", PAYLOAD)
                .param("text[" + ReportTextService.mainGoalKey(mainGoal.id().value()) + ":examples]", PAYLOAD));
        texts.andExpect(status().is3xxRedirection());

        List<String> pages = List.of("/strategier/" + strategyId, "/indsatser/" + initiativeId, "/runder/" + roundId,
                "/runder/" + roundId + "/indsatser/" + initiativeId,
                "/strategier/" + strategyId + "/runder/" + roundId + "/statusrapport",
                "/strategier/" + strategyId + "/aarsberetning?year=2026",
                "/strategier/" + strategyId + "/aarsberetning/tekster?year=2026",
                "/api/v1/reports/status?strategy=" + strategyId + "&round=" + roundId + "&format=html",
                "/api/v1/reports/annual?strategy=" + strategyId + "&year=2026&format=html");
        int richBlocks = 0;
        for (String page : pages) {
            String html = mvc.perform(get(page).session(session).header("Authorization", admin.bearer()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Document document = Jsoup.parse(html);
            assertThat(dangerous(document)).as(page).isEmpty();
            richBlocks += document.select("p:containsOwn(mere)").size();
        }
        assertThat(richBlocks).as("the sanitised texts are shown, not dropped").isGreaterThanOrEqualTo(9);

        // In the API the rich-text fields are sanitised HTML; plain fields such as the title are data, returned as
        // typed in a JSON string (application/json, nosniff), and escaped by every page that shows them.
        String read = mvc.perform(get("/api/v1/initiatives/" + initiativeId)).andReturn().getResponse().getContentAsString();
        List<String> richFields = new ArrayList<>();
        for (String field : List.of("description", "purpose", "content", "responsibilities")) {
            richFields.add(JsonPath.read(initiative, "$." + field));
            richFields.add(JsonPath.read(read, "$." + field));
        }
        richFields.add(JsonPath.read(report, "$.comment"));
        assertThat(richFields).allSatisfy(html -> assertThat(html)
                .doesNotContain("<script", "onerror", "onclick", "javascript:", "<svg", "<iframe", "onload", "style=")
                .contains("<p>mere</p>", "href=\"https://aalborg.dk/\""));
    }

    /** Script that would run: inline scripts, scripts from elsewhere, event handlers, javascript: URLs, frames, SVG. */
    private static List<String> dangerous(Document document) {
        List<String> found = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            String tag = element.tagName();
            if (tag.equals("script") && (!element.hasAttr("src") || !element.attr("src").startsWith("/"))) {
                found.add(element.outerHtml());
            }
            if (tag.equals("iframe") || tag.equals("object") || tag.equals("embed")) {
                found.add(element.outerHtml());
            }
            if (tag.equals("svg") && element.text().contains("xss-svg")) {
                found.add(element.outerHtml());
            }
            for (Attribute attribute : element.attributes()) {
                String value = attribute.getValue().strip().toLowerCase();
                if (attribute.getKey().toLowerCase().startsWith("on") || value.startsWith("javascript:")) {
                    found.add(tag + " " + attribute.getKey() + "=" + attribute.getValue());
                }
            }
        }
        return found;
    }
}
