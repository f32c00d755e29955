package dk.pejling.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.pejling.IntegrationTest;
import dk.pejling.initiative.ReportingRound;
import dk.pejling.initiative.ReportingRoundService;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyService;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The DOCX files opened by LibreOffice: converted headless to PDF, whose text must hold the headings
 * and the table cells, so the file is not only valid to POI but reads in an office suite. Skipped,
 * with a message, where LibreOffice ({@code soffice}) is not installed.
 */
@IntegrationTest
class DocxInLibreOfficeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StrategyService strategies;
    @Autowired
    ReportingRoundService rounds;
    @TempDir
    Path dir;

    private DemoReportDownloads downloads() {
        return new DemoReportDownloads(mvc, strategies, rounds);
    }

    @Test
    void theStatusReportOpensWithItsHeadingsAndTable() throws Exception {
        byte[] docx = downloads().statusReport("docx");
        String text = asPdfText(docx, "status");
        assertThat(text).contains("Status på Bæredygtighedsplan 2017-20", "Farvekoden viser hvorvidt handlingen er:",
                "Handlings nr.", "Kommentar");
        assertThat(text).contains(StatusReportFormatsTest.NUMBERS.toArray(String[]::new));
    }

    @Test
    void theAnnualReportOpensWithItsHeadingsAndResultTables() throws Exception {
        byte[] docx = downloads().annualReport2018("docx");
        String text = asPdfText(docx, "annual");
        assertThat(text).contains("Mål og strategier 2018 – årsberetning 2018", "Indhold", "Forord", "Indledning",
                "Mål og resultater", "Målet i 2018 var:", "Resultat",
                "1 Alle børn skal have gode muligheder for leg og læring",
                "Målet var højst 1.725; resultatet blev 1.774 (2,8 % over): ikke nået.");
    }

    /** LibreOffice's own reading of the file, as the text of the PDF it writes from it. */
    private String asPdfText(byte[] docx, String name) throws Exception {
        String soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed: the DOCX is checked with POI only "
                + "(StatusReportFormatsTest, AnnualReportFormatsTest). Install libreoffice-writer-nogui to run this test.");
        Path in = Files.write(dir.resolve(name + ".docx"), docx);
        Process p = new ProcessBuilder(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), in.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished within 3 minutes").isTrue();
        Path pdf = dir.resolve(name + ".pdf");
        assertThat(pdf).as("converted; soffice said: " + Files.readString(dir.resolve("soffice.log"))).exists();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return StatusReportFormatsTest.normalise(new PDFTextStripper().getText(doc));
        }
    }

    private static String soffice() {
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String exe : List.of("soffice", "libreoffice")) {
                File f = new File(dirName, exe);
                if (f.canExecute()) {
                    return f.getPath();
                }
            }
        }
        return null;
    }
}
