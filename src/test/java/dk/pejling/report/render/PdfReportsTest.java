package dk.pejling.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfReportsTest {

    private static final String HTML = """
            <!DOCTYPE html><html lang="da"><head><meta charset="UTF-8"/><title>Prøve</title>
            <style>body { font-family: "IBM Plex Sans"; } td { border: 1px solid #888; } th { background: #e9e9e9; }</style></head>
            <body><main><h1>Status på planen</h1><table><thead><tr><th scope="col">Nr.</th><th scope="col">Handling</th></tr></thead>
            <tbody><tr><th scope="row">1.1</th><td><p>Tryghedsvandring i Løvvangen</p><ul><li>officiel afslutning</li></ul></td></tr>
            <tr><th scope="row">1.2</th><td><p>Belysning på stierne</p></td></tr></tbody></table></main></body></html>""";

    @Test
    void backgroundArtifactsAreWrittenInsideThePagesResourcesNotAsObjectsOfTheirOwn() throws Exception {
        byte[] pdf = new PdfReports().render(HTML, "Pejling");

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<COSDictionary> indirectBackgrounds = new ArrayList<>();
            for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
                COSBase object = doc.getDocument().getObjectFromPool(key).getObject();
                if (object instanceof COSDictionary d && COSName.BACKGROUND.equals(d.getCOSName(COSName.TYPE))) {
                    indirectBackgrounds.add(d);
                }
            }
            assertThat(indirectBackgrounds).isEmpty();

            COSDictionary properties = doc.getPage(0).getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
            assertThat(properties.getValues()).isNotEmpty().allSatisfy(value -> {
                assertThat(value).isInstanceOf(COSDictionary.class);
                COSDictionary artifact = (COSDictionary) value;
                assertThat(artifact.getCOSName(COSName.TYPE)).isIn(COSName.BACKGROUND, COSName.getPDFName("Pagination"));
            });
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("da");
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Status på planen", "1.1", "Tryghedsvandring i Løvvangen", "officiel afslutning", "1.2");
        }
    }

    @Test
    void aLargeDocumentTakesEverySlotSoTwoNeverLayOutAtOnce() {
        assertThat(PdfReports.slotsFor(HTML)).isEqualTo(1);
        assertThat(PdfReports.slotsFor("x".repeat(PdfReports.LARGE_HTML_CHARS + 1))).isEqualTo(PdfReports.SLOTS);
    }
}
