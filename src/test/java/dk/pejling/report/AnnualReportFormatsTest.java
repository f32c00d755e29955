package dk.pejling.report;

import dk.pejling.indicator.Sentences;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.IntegrationTest;
import dk.pejling.indicator.AttainmentService;
import dk.pejling.indicator.GoalAttainment;
import dk.pejling.indicator.RollupMethod;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyService;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The annual report 2018 of "Mål og strategier 2018" (seed 001): every goal of the "Mål og
 * resultater" tables with its computed verdict, in the tagged PDF, the DOCX and the XLSX.
 */
@IntegrationTest
class AnnualReportFormatsTest {

    static final Viewer READER = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.READER), "test");

    @Autowired
    MockMvc mvc;
    @Autowired
    StrategyService strategies;
    @Autowired
    AttainmentService attainment;
    @Autowired
    ReportTextService texts;
    String strategyId;
    List<GoalAttainment> mainGoals;
    List<GoalAttainment> tableGoals = new ArrayList<>();

    @BeforeEach
    void computeTheGoals() {
        Strategy strategy = strategies.getBySlug("maal-og-strategier-2018", READER);
        strategyId = strategy.id().value().toString();
        Set<UUID> main = new java.util.HashSet<>();
        texts.mainGoals(strategy.id(), READER).forEach(n -> main.add(n.goal().id().value()));
        assertThat(main).hasSize(7);
        mainGoals = new ArrayList<>();
        findMain(attainment.forStrategy(strategy.id(), 2018, RollupMethod.ALL_OR_SOME, null, READER), main);
        mainGoals.forEach(g -> collect(g.children()));
    }

    private void findMain(List<GoalAttainment> goals, Set<UUID> main) {
        goals.forEach(g -> {
            if (main.contains(g.goalId())) {
                mainGoals.add(g);
            } else {
                findMain(g.children(), main);
            }
        });
    }

    private void collect(List<GoalAttainment> goals) {
        goals.forEach(g -> {
            tableGoals.add(g);
            collect(g.children());
        });
    }

    @Test
    void thePdfHoldsEveryGoalAndVerdictAndIsTagged() throws Exception {
        byte[] pdf = fetch("pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = StatusReportFormatsTest.normalise(new PDFTextStripper().getText(doc));
            assertThat(text).contains("Målet i 2018 var:", "Resultat", "Mål og resultater", "Indhold", "Forord", "Indledning")
                    // the free texts written in Pejling (the demo has seed 001's)
                    .contains("hedder Aalborg Kommunes ny fælles grundfortælling", "Eksempler på initiativer i 2018",
                            "Implementering af styrket pædagogisk læreplan", "Succes med at få flygtninge i job eller uddannelse");
            assertThat(tableGoals).isNotEmpty();
            for (GoalAttainment g : tableGoals) {
                assertThat(text).contains(g.code() + " " + StatusReportFormatsTest.normalise(g.title()));
                if (g.explanation() != null) {
                    assertThat(text).contains(StatusReportFormatsTest.normalise(Sentences.da(g.explanation())));
                }
            }
            assertThat(text).contains("Målet var højst 1.725; resultatet blev 1.774 (2,8 % over): ikke nået.");
            mainGoals.forEach(g -> assertThat(text).contains(StatusReportFormatsTest.normalise(g.title())));
            // each main goal's own computed verdict, with its explanation
            mainGoals.stream().filter(g -> g.status() != null).forEach(g -> assertThat(text)
                    .contains("Samlet vurdering: " + dk.pejling.indicator.Sentences.DA.status(g.status()) + ".")
                    .contains(StatusReportFormatsTest.normalise(Sentences.da(g.explanation()))));
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("da");
        }
    }

    @Test
    void theDocxHoldsEveryGoalAndVerdictUnderHeadings() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(fetch("docx")));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = StatusReportFormatsTest.normalise(extractor.getText());
            for (GoalAttainment g : tableGoals) {
                assertThat(text).contains(g.code() + " " + StatusReportFormatsTest.normalise(g.title()));
                if (g.explanation() != null) {
                    assertThat(text).contains(StatusReportFormatsTest.normalise(Sentences.da(g.explanation())));
                }
            }
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle())).count())
                    .isGreaterThanOrEqualTo(mainGoals.size());
            assertThat(doc.getTables()).hasSize(mainGoals.size());
        }
    }

    @Test
    void theXlsxHasOneRowPerGoal() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(fetch("xlsx")))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(mainGoals.size() + tableGoals.size());
            List<String> codes = new ArrayList<>();
            sheet.forEach(r -> codes.add(r.getCell(1).getStringCellValue()));
            tableGoals.forEach(g -> assertThat(codes).contains(g.code()));
        }
    }

    @Test
    void theYearMustBeAYear() throws Exception {
        mvc.perform(get("/api/v1/reports/annual").param("strategy", strategyId).param("year", "18"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/reports/annual").param("strategy", strategyId).param("year", "2018").param("format", "odt"))
                .andExpect(status().isBadRequest());
    }

    private byte[] fetch(String format) throws Exception {
        byte[] body = mvc.perform(get("/api/v1/reports/annual").param("strategy", strategyId).param("year", "2018")
                        .param("format", format))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return body;
    }
}
