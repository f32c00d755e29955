package dk.pejling.proceedings;

import dk.pejling.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * The text of a minutes document: PDF (PDFBox), DOCX (POI) or plain text (UTF-8, else Windows-1252),
 * told apart by their first bytes rather than by the file name. A PDF is read page by page so that a
 * long document can report its progress.
 */
public final class MinutesText {

    private MinutesText() {
    }

    /** @param progress told (pages done, pages in all) as reading goes on */
    public static String extract(byte[] content, BiConsumer<Integer, Integer> progress) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "choose a file to upload");
        }
        try {
            if (startsWith(content, "%PDF")) {
                return pdf(content, progress);
            }
            if (startsWith(content, "PK")) {
                return docx(content, progress);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("file", "the file could not be read as PDF, DOCX or text");
        }
        for (byte b : content) {
            if (b == 0) {
                throw new InvalidInputException("file", "the file could not be read as PDF, DOCX or text");
            }
        }
        progress.accept(1, 1);
        return text(content);
    }

    private static String pdf(byte[] content, BiConsumer<Integer, Integer> progress) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            int pages = document.getNumberOfPages();
            // One pass over the document; each finished page reports progress.
            PDFTextStripper stripper = new PDFTextStripper() {
                private int done;

                @Override
                protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
                    super.endPage(page);
                    progress.accept(++done, pages);
                }
            };
            // PDFBox by default compares every glyph with the glyphs already on the page to drop text printed twice
            // on top of itself (fake bold); that check was two thirds of the extraction on the 140-page benchmark
            // (2.6–5.0 s against 0.6–1.5 s without, identical text) and minutes are not typeset with overprinting.
            stripper.setSuppressDuplicateOverlappingText(false);
            String text = stripper.getText(document);
            if (pages > 0 && text.isBlank()) {
                // Pages but no text layer: a scan. Said plainly instead of "no agenda item was found".
                throw new InvalidInputException("file", "no text, is it a scanned PDF?");
            }
            return text;
        }
    }

    private static String docx(byte[] content, BiConsumer<Integer, Integer> progress) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    text.append(withLinks(p, document)).append('\n');
                } else if (element instanceof XWPFTable t) {
                    t.getRows().forEach(r -> {
                        r.getTableCells().forEach(c -> text.append(c.getText()).append(' '));
                        text.append('\n');
                    });
                }
            }
            progress.accept(1, 1);
            return text.toString();
        }
    }

    /**
     * A paragraph's text with its hyperlinks kept as "[text](address)", so that an attachment the minutes link to
     * keeps its web address (issue 17 item 5); a paragraph without links is read as it is.
     */
    private static String withLinks(XWPFParagraph p, XWPFDocument document) {
        if (p.getRuns().stream().noneMatch(r -> r instanceof org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun)) {
            return p.getText();
        }
        StringBuilder out = new StringBuilder();
        for (org.apache.poi.xwpf.usermodel.XWPFRun run : p.getRuns()) {
            String url = null;
            if (run instanceof org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun link) {
                org.apache.poi.xwpf.usermodel.XWPFHyperlink target = link.getHyperlink(document);
                url = target == null ? null : target.getURL();
            }
            String t = run.text();
            out.append(url != null && url.matches("https?://\\S+") && !t.isBlank() ? "[" + t + "](" + url + ")" : t);
        }
        return out.toString();
    }

    private static String text(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    private static boolean startsWith(byte[] content, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.US_ASCII);
        if (content.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (content[i] != m[i]) {
                return false;
            }
        }
        return true;
    }
}
