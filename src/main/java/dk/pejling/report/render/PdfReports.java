package dk.pejling.report.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;

/**
 * Turns a report's HTML into a tagged PDF with openhtmltopdf: PDF/UA mode (structure tree from the
 * headings, tables with their header cells, figures with their alt text; document title from
 * {@code <title>}, language from {@code <html lang>}), with IBM Plex Sans from Det Fælles
 * Designsystem embedded so æøå come out right (see {@link ReportFonts}).
 */
@Component
class PdfReports {

    static final String FONT_FAMILY = "IBM Plex Sans";

    /**
     * PDF layout is the one CPU-heavy step: at most two run at once, so a burst of downloads leaves
     * the other cores to everyone else's pages; a caller waits for a free slot.
     */
    static final int SLOTS = 2;

    /**
     * A large document takes every slot: openhtmltopdf keeps the whole box tree and the whole PDF in
     * memory, about 160 MiB for a status report of 2,000 initiatives (1.6 MB of HTML), so two at once
     * would not fit beside the application in a 512 MiB heap. The annual report (about 100 kB) is small.
     */
    static final int LARGE_HTML_CHARS = 400_000;

    private final Semaphore slots = new Semaphore(SLOTS, true);

    /** openhtmltopdf calls {@code onClose} after the last page is drawn and just before it saves the document. */
    private static final PDFCreationListener BEFORE_SAVE = new PDFCreationListener() {
        @Override
        public void preOpen(PdfBoxRenderer renderer) {
        }

        @Override
        public void preWrite(PdfBoxRenderer renderer, int pageCount) {
        }

        @Override
        public void onClose(PdfBoxRenderer renderer) {
            ArtifactProperties.writeInline(renderer.getPdfDocument());
        }
    };

    byte[] render(String html, String producer) {
        int permits = slotsFor(html);
        try {
            if (!slots.tryAcquire(permits, 60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the PDF renderer is busy; try again shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the PDF renderer", e);
        }
        try {
            return layOut(html, producer);
        } finally {
            slots.release(permits);
        }
    }

    static int slotsFor(String html) {
        return html.length() > LARGE_HTML_CHARS ? SLOTS : 1;
    }

    private byte[] layOut(String html, String producer) {
        org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer(producer);
            builder.useSVGDrawer(new BatikSVGDrawer());
            font(builder, "IBMPlexSans-Regular.ttf", 400, FontStyle.NORMAL);
            font(builder, "IBMPlexSans-Italic.ttf", 400, FontStyle.ITALIC);
            font(builder, "IBMPlexSans-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, "IBMPlexSans-BoldItalic.ttf", 700, FontStyle.ITALIC);
            builder.withW3cDocument(document, "/");
            builder.toStream(out);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.setListener(BEFORE_SAVE);
                renderer.createPDF();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        byte[] bytes = ReportFonts.withoutLayoutTables(file);
        builder.useFont(() -> new ByteArrayInputStream(bytes), FONT_FAMILY, weight, style, true);
    }
}
