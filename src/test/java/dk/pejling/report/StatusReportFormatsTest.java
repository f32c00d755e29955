package dk.pejling.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.TestUsers.TestUser;
import dk.pejling.access.Role;
import dk.pejling.initiative.ReportingRound;
import dk.pejling.initiative.ReportingRoundService;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyService;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The status report of seed 000 ("Status pr. 1. marts 2018" of Bæredygtighedsplan 2017-20) in every
 * format: the PDF read back with PDFBox, tagged and in Danish; the DOCX with real headings; the XLSX
 * with one row per initiative; and a report as of a moment that a later correction does not change.
 */
@IntegrationTest
class StatusReportFormatsTest {

    static final Viewer READER = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.READER), "test");
    static final List<String> NUMBERS = List.of("15.5", "60.3", "74.1", "89.11");
    /** Key phrases of each comment in the seed, with æøå. */
    static final List<String> PHRASES = List.of(
            "Tryg Aalborg – en mere tryk kommune",
            "Kroppen på toppen i naturen var et 3-årigt projekt",
            "Green Building A-Z",
            "Beskæftigelse i socialøkonomiske virksomheder",
            "Special Minds",
            "Stærkt samarbejde med jobcenter og virksomheder",
            "Status februar 2018: 10 små job med mening etableret via bureau",
            "Dagtilbud for fremtiden 2017-2019",
            "Housing First");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    StrategyService strategies;
    @Autowired
    ReportingRoundService rounds;
    String strategyId;
    String roundId;

    @BeforeEach
    void findTheSeedRound() {
        Strategy strategy = strategies.getBySlug("baeredygtighedsplan-2017-20", READER);
        ReportingRound round = rounds.ofStrategy(strategy.id(), READER).stream()
                .filter(r -> r.title().equals("Status pr. 1. marts 2018")).findFirst().orElseThrow();
        strategyId = strategy.id().value().toString();
        roundId = round.id().toString();
    }

    @Test
    void thePdfIsTaggedInDanishAndHoldsEveryNumberStatusAndComment() throws Exception {
        byte[] pdf = fetch("pdf", null).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = normalise(new PDFTextStripper().getText(doc));
            assertThat(text).contains(NUMBERS).contains("I gang eller gennemført", "Gennemføres ikke", "Afventer eller er udsat")
                    .contains("Status på Bæredygtighedsplan 2017-20", "Status pr. 1. marts 2018")
                    .contains("Handlings nr.", "Handling", "Kommentar");
            PHRASES.forEach(p -> assertThat(text).contains(p));
            assertThat(doc.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("da");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Status på Bæredygtighedsplan 2017-20");
            doc.getPage(0).getResources().getFontNames().forEach(name -> {
                try {
                    assertThat(doc.getPage(0).getResources().getFont(name).isEmbedded()).isTrue();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void theDocxHasHeadingsATableAndEveryNumberStatusAndComment() throws Exception {
        byte[] docx = fetch("docx", null).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = normalise(extractor.getText());
            assertThat(text).contains(NUMBERS).contains("I gang eller gennemført");
            PHRASES.forEach(p -> assertThat(text).contains(p));
            List<XWPFParagraph> headings = doc.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading")).toList();
            assertThat(headings).extracting(XWPFParagraph::getText)
                    .contains("Status på Bæredygtighedsplan 2017-20", "Farvekoden viser hvorvidt handlingen er:");
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getTables()).hasSize(1);
            assertThat(doc.getTables().get(0).getRow(0).isRepeatHeader()).isTrue();
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText()).isEqualTo("Handlings nr.");
        }
    }

    @Test
    void theXlsxHasOneRowPerInitiative() throws Exception {
        byte[] xlsx = fetch("xlsx", null).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Handlings nr.");
            List<String> numbers = new java.util.ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    numbers.add(row.getCell(0).getStringCellValue());
                    assertThat(row.getCell(3).getStringCellValue()).isEqualTo("I gang eller gennemført");
                }
            }
            assertThat(numbers).containsExactlyElementsOf(NUMBERS);
        }
    }

    @Test
    void theHtmlHasTheLanguageTheLegendAndTheTable() throws Exception {
        String html = fetch("html", null).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("lang=\"da\"", "<th scope=\"col\"", "I gang eller gennemført", "15.5", "report.css");
    }

    @Test
    void aReportAsOfAMomentDoesNotChangeWhenTheStatusIsCorrectedLater() throws Exception {
        String owner = JsonPath.read(call(get("/api/v1/organisations").param("q", "Nordjyllands Politi"), null)
                .andReturn().getResponse().getContentAsString(), "$.items[0].id");
        TestUser coordinator = users.create(Role.EDITOR, UUID.fromString(owner)); // registers, so coordinates
        String strategy = id(call(post("/api/v1/strategies"), coordinator, """
                {"title": "Rapporttest %s", "kind": "PLAN", "ownerId": "%s", "status": "ADOPTED", "visibility": "PUBLIC"}"""
                .formatted(UUID.randomUUID(), owner)));
        String initiative = id(call(post("/api/v1/initiatives"), coordinator, """
                {"strategyId": "%s", "number": "7.1", "kind": "INITIATIVE", "title": "Tryghedsvandringer"}""".formatted(strategy)));
        String round = id(call(post("/api/v1/reporting-rounds"), coordinator, """
                {"strategyId": "%s", "title": "Status pr. 1. marts", "asOf": "2026-03-01", "dueDate": "2026-03-15"}"""
                .formatted(strategy)));
        String report = call(post("/api/v1/initiatives/" + initiative + "/status-reports"), coordinator,
                "{\"roundId\": \"" + round + "\", \"status\": \"i-gang\", \"comment\": \"<p>Første version</p>\"}")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String reportId = JsonPath.read(report, "$.id");
        call(post("/api/v1/status-reports/" + reportId + "/review"), coordinator, "{\"approve\": true, \"version\": 0}")
                .andExpect(status().isOk());
        call(post("/api/v1/reporting-rounds/" + round + "/approve"), coordinator, "{\"version\": 0}").andExpect(status().isOk());
        call(post("/api/v1/status-reports/" + reportId + "/corrections"), coordinator,
                "{\"status\": \"afventer\", \"comment\": \"<p>Rettet version</p>\", \"reason\": \"Forkert\", \"version\": 1}")
                .andExpect(status().isOk());
        // "As of" the moment of the approval, taken from the report's own history rather than a clock and a sleep.
        String history = call(get("/api/v1/status-reports/" + reportId + "/history"), coordinator)
                .andReturn().getResponse().getContentAsString();
        Instant approved = Instant.parse(JsonPath.read(history, "$[1].at"));
        assertThat(Instant.parse((String) JsonPath.read(history, "$[2].at"))).isAfter(approved);

        String then = xlsxRow(statusReport(strategy, round, "xlsx", approved.toString(), coordinator));
        String now = xlsxRow(statusReport(strategy, round, "xlsx", null, coordinator));
        assertThat(then).contains("7.1", "i-gang", "Første version").doesNotContain("Rettet");
        assertThat(now).contains("7.1", "afventer", "Rettet version");
        // A moment before anything was approved: the initiative is listed, without a status.
        String before = xlsxRow(statusReport(strategy, round, "xlsx", "2020-01-01", coordinator));
        assertThat(before).contains("7.1", "Ikke indberettet");
        String html = new String(statusReport(strategy, round, "html", approved.toString(), coordinator),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("Rapporten viser data, som de var godkendt pr.");
    }

    @Test
    void anInternalStrategysReportIsNotFoundForTheAnonymousPublic() throws Exception {
        String owner = JsonPath.read(call(get("/api/v1/organisations").param("q", "Nordjyllands Politi"), null)
                .andReturn().getResponse().getContentAsString(), "$.items[0].id");
        TestUser coordinator = users.create(Role.EDITOR, UUID.fromString(owner)); // registers, so coordinates
        String strategy = id(call(post("/api/v1/strategies"), coordinator, """
                {"title": "Intern rapporttest %s", "kind": "PLAN", "ownerId": "%s", "status": "ADOPTED", "visibility": "INTERNAL"}"""
                .formatted(UUID.randomUUID(), owner)));
        call(post("/api/v1/initiatives"), coordinator, """
                {"strategyId": "%s", "number": "1", "kind": "INITIATIVE", "title": "Intern"}""".formatted(strategy));
        String round = id(call(post("/api/v1/reporting-rounds"), coordinator, """
                {"strategyId": "%s", "title": "Intern runde", "asOf": "2026-03-01", "dueDate": "2026-03-15"}""".formatted(strategy)));
        call(get("/api/v1/reports/status").param("strategy", strategy).param("round", round).param("format", "pdf"), null)
                .andExpect(status().isNotFound());
        call(get("/api/v1/reports/annual").param("strategy", strategy).param("year", "2026"), null)
                .andExpect(status().isNotFound());
        call(get("/api/v1/reports/status").param("strategy", strategy).param("round", round), coordinator)
                .andExpect(status().isOk());
        // A round of another strategy is not found through this one.
        call(get("/api/v1/reports/status").param("strategy", strategyId).param("round", round), coordinator)
                .andExpect(status().isNotFound());
    }

    private byte[] statusReport(String strategy, String round, String format, String asOf, TestUser user) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/reports/status").param("strategy", strategy)
                .param("round", round).param("format", format);
        if (asOf != null) {
            request.param("asOf", asOf);
        }
        return call(request, user).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static String xlsxRow(byte[] xlsx) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            StringBuilder s = new StringBuilder();
            sheet.getRow(1).forEach(c -> s.append(c.getStringCellValue()).append(" | "));
            return s.toString();
        }
    }

    private ResultActions fetch(String format, String asOf) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/reports/status").param("strategy", strategyId)
                .param("round", roundId).param("format", format);
        if (asOf != null) {
            request.param("asOf", asOf);
        }
        return mvc.perform(request).andExpect(status().isOk());
    }

    /** One space for any whitespace, and none after a hyphen where a line may have been broken. */
    static String normalise(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").replaceAll("- ", "-");
    }

    private ResultActions call(MockHttpServletRequestBuilder request, TestUser user) throws Exception {
        return call(request, user, null);
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
        return JsonPath.read(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }
}
