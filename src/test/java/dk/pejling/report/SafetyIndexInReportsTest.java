package dk.pejling.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import dk.pejling.safetyindex.SafetyIndexService;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

/**
 * Tryg Aalborg's reports carry the safety index that feeds its indicators: Aalborg Kommune's index per
 * year with its 95 % interval, the answers behind it, the method version with its SHA-256, and
 * SYNTETISK because the demo's answers are generated; the same in HTML, the tagged PDF (still PDF/UA-1),
 * the DOCX and the XLSX, and in the status report of a round.
 */
@IntegrationTest
class SafetyIndexInReportsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StrategyService strategies;
    @Autowired
    SafetyIndexService safetyIndex;
    @Autowired
    TestUsers users;
    String strategyId;
    String index2017;

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @BeforeEach
    void findTrygAalborgAndAalborgsIndex() {
        Strategy strategy = strategies.getBySlug("tryg-aalborg-2014-2017", Viewer.anonymous());
        strategyId = strategy.id().value().toString();
        var value = safetyIndex.values("aalborg", dk.pejling.safetyindex.Period.of("2017"), "1.0.0", Viewer.anonymous()).get(0);
        index2017 = String.format(Locale.ROOT, "%.1f (%.1f–%.1f)", value.value(), value.low(), value.high()).replace('.', ',');
    }

    private byte[] annual(String format) throws Exception {
        return mvc.perform(get("/api/v1/reports/annual").param("strategy", strategyId).param("year", "2017").param("format", format))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void theAnnualReportShowsTheIndexWithItsIntervalMethodAndSyntheticLabel() throws Exception {
        String html = new String(annual("html"), StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"tryghedsindeks\"").contains("Aalborg Kommune").contains(index2017)
                .contains("SYNTETISK").contains("version 1.0.0 (SHA-256").contains("Politiets Tryghedsindeks");
        try (PDDocument doc = Loader.loadPDF(annual("pdf"))) {
            // a narrow table cell may break the line after the dash of the interval
            String text = StatusReportFormatsTest.normalise(new PDFTextStripper().getText(doc)).replace("– ", "–");
            assertThat(text).contains("Tryghedsindeks").contains(index2017).contains("SYNTETISK").contains("version 1.0.0");
        }
        assertThat(PdfUaValidationTest.failures(annual("pdf"))).as("PDF/UA-1 rules the annual report breaks").isEmpty();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(annual("docx")));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(StatusReportFormatsTest.normalise(extractor.getText())).contains("Tryghedsindeks").contains(index2017)
                    .contains("SYNTETISK").contains("version 1.0.0");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(annual("xlsx")))) {
            Sheet sheet = book.getSheet("Tryghedsindeks");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("SYNTETISK");
            var years = new java.util.ArrayList<String>();
            sheet.forEach(r -> years.add(r.getCell(1).getStringCellValue()));
            assertThat(years).contains("2015", "2016", "2017");
            var row2017 = sheet.getRow(years.indexOf("2017"));
            assertThat(row2017.getCell(2).getNumericCellValue()).isPositive();
            assertThat(row2017.getCell(3).getNumericCellValue()).isLessThan(row2017.getCell(2).getNumericCellValue());
            assertThat(row2017.getCell(8).getStringCellValue()).isEqualTo("SYNTETISK");
            assertThat(row2017.getCell(10).getStringCellValue()).hasSize(64);
        }
    }

    @Test
    void theStatusReportOfARoundShowsTheIndexUpToItsYear() throws Exception {
        TestUsers.TestUser admin = users.create(Role.ADMIN);
        String round = JsonPath.read(mvc.perform(post("/api/v1/reporting-rounds").header("Authorization", admin.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"strategyId": "%s", "title": "Status december 2016", "asOf": "2016-12-01", "dueDate": "2016-12-15"}"""
                                .formatted(strategyId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String html = mvc.perform(get("/api/v1/reports/status").param("strategy", strategyId).param("round", round).param("format", "html"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"tryghedsindeks\"").contains("SYNTETISK").contains(">2016<").doesNotContain(">2017<");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(mvc.perform(get("/api/v1/reports/status")
                .param("strategy", strategyId).param("round", round).param("format", "xlsx")).andReturn().getResponse()
                .getContentAsByteArray()))) {
            assertThat(book.getSheet("Tryghedsindeks")).isNotNull();
        }
    }

    @Test
    void aStrategyThatNoIndexFeedsHasNoIndexSection() throws Exception {
        Strategy other = strategies.getBySlug("maal-og-strategier-2018", Viewer.anonymous());
        String html = mvc.perform(get("/api/v1/reports/annual").param("strategy", other.id().value().toString())
                .param("year", "2018").param("format", "html")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("id=\"tryghedsindeks\"");
    }

    @Autowired
    dk.pejling.report.render.ReportRenderer renderer;

    @Test
    void aHiddenValueIsPrintedWithItsReasonInEveryFormat() throws Exception {
        var hidden = new dk.pejling.safetyindex.IndexReportRow("fremtidsgaarden", "Fremtidsgården", "2017", "1.0.0", "a".repeat(64),
                null, null, null, 40, 38.0, "INDICATOR_MISSING: andel_tryg – N_TOO_SMALL: n = 40 < 50", true, "Testindikator");
        var doc = new AnnualReportDocument("Teststrategi", null, 2017, java.time.Instant.parse("2026-01-01T00:00:00Z"), null, null,
                java.util.List.of(), java.util.List.of(hidden));
        String html = new String(renderer.annual(doc, dk.pejling.report.ReportFormat.HTML, Locale.forLanguageTag("da")),
                StandardCharsets.UTF_8);
        assertThat(html).contains("Vises ikke:").contains("En indikator mangler eller er skjult").contains("n = 40 &lt; 50")
                .contains("SYNTETISK");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(renderer.annual(doc, dk.pejling.report.ReportFormat.DOCX,
                Locale.forLanguageTag("da")))); XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText()).contains("En indikator mangler eller er skjult").contains("n = 40 < 50");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(renderer.annual(doc, dk.pejling.report.ReportFormat.XLSX,
                Locale.forLanguageTag("en"))))) {
            var row = book.getSheet("Safety index").getRow(1);
            assertThat(row.getCell(2)).as("a hidden value has no number").isNull();
            assertThat(row.getCell(7).getStringCellValue()).contains("n = 40 < 50");
        }
    }
}
