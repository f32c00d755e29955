package dk.pejling.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Text from each supported format, and a reason instead of an exception for every file that has none. */
class TextExtractorTest {

    private final TextExtractor extractor = new TextExtractor(new SearchProperties(null,
            new SearchProperties.Extraction(1_000_000L, 10_000, 20), null, null, null, null));

    @Test
    void readsDanishTextFromPdfDocxXlsxOdtHtmlAndPlainText() throws Exception {
        assertThat(extract(pdf("Beskaeftigelsesindsatsen 2018", false), "plan.pdf").text()).contains("Beskaeftigelsesindsatsen");
        assertThat(extract(docx("Tryghedsvandringer i Løvvangen"), "plan.docx").text()).contains("Tryghedsvandringer i Løvvangen");
        assertThat(extract(xlsx("Ungdomsklubber på Øster"), "data.xlsx").text()).contains("Ungdomsklubber på Øster");
        assertThat(extract(odt("Kriminalitetsforebyggelse ved åen"), "notat.odt").text()).contains("Kriminalitetsforebyggelse ved åen");
        assertThat(extract("<html><body><p>Boligsocial indsats &aelig;</p></body></html>".getBytes(StandardCharsets.UTF_8),
                "side.html").text()).contains("Boligsocial indsats æ");
        TextExtractor.Extracted text = extract("Pasningsgaranti og uddannelseshjælp".getBytes(StandardCharsets.UTF_8), "noter.txt");
        assertThat(text.ok()).isTrue();
        assertThat(text.text()).isEqualTo("Pasningsgaranti og uddannelseshjælp");
    }

    @Test
    void anEncryptedPdfGivesAReasonNotAnException() throws Exception {
        TextExtractor.Extracted result = extract(pdf("Hemmeligt indhold", true), "krypteret.pdf");
        assertThat(result.ok()).isFalse();
        assertThat(result.reason()).contains("krypteret");
        assertThat(result.text()).doesNotContain("Hemmeligt");
    }

    @Test
    void aBrokenFileGivesAReason() {
        TextExtractor.Extracted result = extract("%PDF-1.4\n this is not really a pdf \u0000\u0001".getBytes(StandardCharsets.ISO_8859_1), "broken.pdf");
        assertThat(result.ok()).isFalse();
        assertThat(result.reason()).isNotBlank();
    }

    @Test
    void aScannedPdfWithoutTextSaysSo() throws Exception {
        TextExtractor.Extracted result = extract(pdf(null, false), "scannet.pdf");
        assertThat(result.ok()).isFalse();
        assertThat(result.reason()).contains("ingen tekst");
    }

    @Test
    void anOversizedFileIsNotOpened() {
        TextExtractor.Extracted result = extractor.extract(new ByteArrayInputStream(new byte[0]), "stor.pdf", 2_000_000L);
        assertThat(result.ok()).isFalse();
        assertThat(result.reason()).contains("større end");
    }

    @Test
    void textBeyondTheWriteLimitIsCutNotFailed() {
        byte[] big = "indsats ".repeat(5_000).getBytes(StandardCharsets.UTF_8);
        TextExtractor.Extracted result = extract(big, "lang.txt");
        assertThat(result.ok()).isTrue();
        assertThat(result.text().length()).isLessThanOrEqualTo(10_000);
        assertThat(result.reason()).contains("første");
    }

    private TextExtractor.Extracted extract(byte[] content, String name) {
        return extractor.extract(new ByteArrayInputStream(content), name, content.length);
    }

    static byte[] pdf(String text, boolean encrypted) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            if (text != null) {
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            if (encrypted) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx(String text) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Ark").createRow(0).createCell(0).setCellValue(text);
            book.write(out);
            return out.toByteArray();
        }
    }

    /** A minimal OpenDocument text: the mimetype stored first and uncompressed, a manifest, the content. */
    static byte[] odt(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                     <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                     <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>""".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                      xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                     <office:body><office:text><text:p>%s</text:p></office:text></office:body>
                    </office:document-content>""".formatted(text).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
