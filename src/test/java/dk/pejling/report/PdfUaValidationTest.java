package dk.pejling.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.IntegrationTest;
import dk.pejling.initiative.ReportingRound;
import dk.pejling.initiative.ReportingRoundService;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyService;
import java.io.ByteArrayInputStream;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Both report PDFs checked against PDF/UA-1 (ISO 14289-1) by veraPDF, the validator of the PDF
 * Association's reference suite: the machine-checkable part of the Matterhorn Protocol (structure
 * tree, tagged content, language, title, table headers, figure alt text, embedded fonts with Unicode
 * maps). What no machine can judge (reading order makes sense, alt text says the right thing) is not covered.
 */
@IntegrationTest
class PdfUaValidationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StrategyService strategies;
    @Autowired
    ReportingRoundService rounds;

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private DemoReportDownloads downloads() {
        return new DemoReportDownloads(mvc, strategies, rounds);
    }

    @Test
    void theStatusReportIsPdfUa1() throws Exception {
        byte[] pdf = downloads().statusReport("pdf");
        assertThat(failures(pdf)).as("PDF/UA-1 rules the status report breaks").isEmpty();
    }

    @Test
    void theAnnualReportWithItsChartsIsPdfUa1() throws Exception {
        byte[] pdf = downloads().annualReport2018("pdf");
        assertThat(failures(pdf)).as("PDF/UA-1 rules the annual report breaks").isEmpty();
    }

    @Test
    void theValidatorDoesFailAnUntaggedPdf() throws Exception {
        // The control: a PDF with text but no tags, language or title must break rules, or the checks above prove nothing.
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream text = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("Status");
                text.endText();
            }
            doc.save(out);
        }
        assertThat(failures(out.toByteArray())).isNotEmpty().containsKey("7.1-3"); // content neither tagged nor artifact
    }

    /** Rule → how often it failed and the first failure's message and place. */
    static TreeMap<String, String> failures(byte[] pdf) throws Exception {
        TreeMap<String, String> failed = new TreeMap<>();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false);
            ValidationResult result = validator.validate(parser);
            assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFUA_1);
            if (!result.isCompliant() && result.getTestAssertions().isEmpty()) {
                failed.put("not compliant", "without a failed assertion");
            }
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
                    failed.merge(rule, a.getMessage() + " at " + a.getLocation().getContext(), (x, y) -> x);
                }
            }
        }
        return failed;
    }
}
