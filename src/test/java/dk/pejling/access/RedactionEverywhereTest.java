package dk.pejling.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.TestUsers.TestUser;
import dk.pejling.report.ReportTextService;
import dk.pejling.shared.MarkedNames;
import dk.pejling.shared.MarkedNames.Name;
import dk.pejling.strategy.StrategyId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The redaction property end to end: for generated names (apostrophes, hyphens, non-Latin letters,
 * character references as typed), marked in a strategy's summary, an initiative's description, a goal's
 * title, an indicator's name, a measurement's note and the annual report's foreword, no answer to the
 * anonymous public holds the name: API, pages, the annual report as HTML, PDF, DOCX and XLSX, and the
 * measurement export as CSV and XLSX. Seeded, so a failure names a name that fails again.
 */
@IntegrationTest
class RedactionEverywhereTest {

    private static final long SEED = 20261202L;
    private static final int NAMES = 6;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    ReportTextService texts;

    @Test
    void noGeneratedMarkedNameReachesTheAnonymousPublicInAnyFormat() throws Exception {
        TestUser admin = users.create(Role.ADMIN);
        String politi = JsonPath.read(mvc.perform(get("/api/v1/organisations").param("q", "Nordjyllands Politi"))
                .andReturn().getResponse().getContentAsString(), "$.items[0].id");
        Random random = new Random(SEED);
        java.util.List<Name> names = new java.util.ArrayList<>();
        net.jqwik.api.sessions.JqwikSession.start();
        try {
            var generator = MarkedNames.names().generator(100);
            for (int i = 0; i < NAMES; i++) {
                names.add(generator.next(random).value());
            }
        } finally {
            net.jqwik.api.sessions.JqwikSession.finish();
        }
        for (Name name : names) {
            Map<String, String> answers = publishEverywhere(name, admin, politi);
            answers.forEach((path, body) -> assertThat(readable(body)).as(path + " for " + name)
                    .doesNotContain(name.name()).doesNotContain("[[" + name.name().substring(0, 3)));
            assertThat(readable(answers.get("/api/v1/strategies/{id}"))).contains("[person 1]");
            assertThat(readable(answers.get("annual.pdf"))).contains("[person 1]");
            assertThat(readable(answers.get("export.xlsx"))).contains("[person 1]");
        }
    }

    private Map<String, String> publishEverywhere(Name name, TestUser admin, String politi) throws Exception {
        String rich = "<p>Aftalt med [[" + name.written() + "]].</p>";
        String plain = "Opfølgning med [[" + name.name() + "]]";
        String strategy = id(call(post("/api/v1/strategies"), admin, Map.of("title", "Redaktion " + UUID.randomUUID(),
                "kind", "PLAN", "ownerId", politi, "status", "ADOPTED", "visibility", "PUBLIC", "summary", rich)));
        String goal = id(call(post("/api/v1/goals"), admin, Map.of("strategyId", strategy, "code", "1",
                "kind", "MAIN_GOAL", "title", plain)));
        String initiative = id(call(post("/api/v1/initiatives"), admin, Map.of("strategyId", strategy, "number", "1",
                "kind", "INITIATIVE", "title", "Tryghedsvandring", "description", rich, "responsibleId", politi)));
        String indicator = id(call(post("/api/v1/indicators"), admin, Map.of("name", plain, "unit", "COUNT",
                "direction", "HIGHER_IS_BETTER", "visibility", "PUBLIC", "goals", java.util.List.of(Map.of("goalId", goal)))));
        call(post("/api/v1/indicators/" + indicator + "/measurements"), admin,
                Map.of("period", "2018", "value", 5, "note", plain));
        texts.save(new StrategyId(UUID.fromString(strategy)), 2018, "foreword", rich, null,
                users.viewerOf(admin.principal()));

        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("/api/v1/strategies/{id}", text(get("/api/v1/strategies/" + strategy)));
        answers.put("/strategier/{id}", text(get("/strategier/" + strategy)));
        answers.put("/api/v1/initiatives/{id}", text(get("/api/v1/initiatives/" + initiative)));
        answers.put("/indsatser/{id}", text(get("/indsatser/" + initiative)));
        answers.put("/api/v1/goals/{id}", text(get("/api/v1/goals/" + goal)));
        answers.put("/api/v1/indicators/{id}", text(get("/api/v1/indicators/" + indicator)));
        answers.put("/api/v1/indicators/{id}/measurements", text(get("/api/v1/indicators/" + indicator + "/measurements")));
        answers.put("annual.html", text(annual(strategy, "html")));
        answers.put("annual.pdf", pdf(bytes(annual(strategy, "pdf"))));
        answers.put("annual.docx", docx(bytes(annual(strategy, "docx"))));
        answers.put("annual.xlsx", xlsx(bytes(annual(strategy, "xlsx"))));
        answers.put("export.csv", text(get("/api/v1/measurements/export").param("strategy", strategy).param("format", "csv")));
        answers.put("export.xlsx", xlsx(bytes(get("/api/v1/measurements/export").param("strategy", strategy)
                .param("format", "xlsx"))));
        return answers;
    }

    private static MockHttpServletRequestBuilder annual(String strategy, String format) {
        return get("/api/v1/reports/annual").param("strategy", strategy).param("year", "2018").param("format", format);
    }

    private String call(MockHttpServletRequestBuilder request, TestUser user, Object body) throws Exception {
        return mvc.perform(request.header("Authorization", user.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(body)))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String text(MockHttpServletRequestBuilder anonymous) throws Exception {
        return new String(bytes(anonymous), StandardCharsets.UTF_8);
    }

    private byte[] bytes(MockHttpServletRequestBuilder anonymous) throws Exception {
        return mvc.perform(anonymous).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static String pdf(byte[] bytes) throws Exception {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String docx(byte[] bytes) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    private static String xlsx(byte[] bytes) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes));
             XSSFExcelExtractor extractor = new XSSFExcelExtractor(book)) {
            return extractor.getText();
        }
    }

    /** What a reader sees: JSON escapes and (double) HTML escaping undone, line breaks of PDF text as spaces. */
    private static String readable(String body) {
        String s = body;
        for (int i = 0; i < 3; i++) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(s);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                        String.valueOf((char) Integer.parseInt(m.group(1), 16))));
            }
            m.appendTail(out);
            s = HtmlUtils.htmlUnescape(out.toString());
        }
        return s.replace('\u00a0', ' ').replaceAll("-\\s*\\n\\s*", "-").replaceAll("\\s+", " ");
    }

    private static String id(String json) {
        return JsonPath.read(json, "$.id");
    }
}
