package dk.pejling.report.render;

import dk.pejling.report.AnnualReportDocument;
import dk.pejling.report.Overview;
import dk.pejling.report.ReportFormat;
import dk.pejling.report.StatusReportDocument;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Renders a report model in one of the formats: HTML and PDF from one template, DOCX and XLSX from the model. */
@Component
public class ReportRenderer {

    private static final Logger log = LoggerFactory.getLogger(ReportRenderer.class);

    private final HtmlReports html;
    private final PdfReports pdf;
    private final DocxReports docx;
    private final XlsxReports xlsx;

    ReportRenderer(HtmlReports html, PdfReports pdf, DocxReports docx, XlsxReports xlsx) {
        this.html = html;
        this.pdf = pdf;
        this.docx = docx;
        this.xlsx = xlsx;
    }

    public byte[] status(StatusReportDocument doc, ReportFormat format, Locale locale) {
        long start = System.nanoTime();
        byte[] bytes = switch (format) {
            case HTML -> html.render("report/status", doc, doc.asOf(), locale, false).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case PDF -> pdf.render(html.render("report/status", doc, doc.asOf(), locale, true), producer());
            case DOCX -> docx.status(doc, locale);
            case XLSX -> xlsx.status(doc, locale);
        };
        log.info("Rendered the status report of {} ({}) as {} in {} ms, {} bytes", doc.strategyTitle(), doc.roundTitle(),
                format, (System.nanoTime() - start) / 1_000_000, bytes.length);
        return bytes;
    }

    public byte[] annual(AnnualReportDocument doc, ReportFormat format, Locale locale) {
        long start = System.nanoTime();
        byte[] bytes = switch (format) {
            case HTML -> html.render("report/annual", doc, doc.asOf(), locale, false).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case PDF -> pdf.render(html.render("report/annual", doc, doc.asOf(), locale, true), producer());
            case DOCX -> docx.annual(doc, locale);
            case XLSX -> xlsx.annual(doc, locale);
        };
        log.info("Rendered the annual report {} of {} as {} in {} ms, {} bytes", doc.year(), doc.strategyTitle(),
                format, (System.nanoTime() - start) / 1_000_000, bytes.length);
        return bytes;
    }

    /**
     * The overview on one page for a committee meeting: HTML or tagged PDF from one template (the
     * other formats are the API's JSON).
     */
    public byte[] overview(Overview doc, ReportFormat format, Locale locale) {
        long start = System.nanoTime();
        byte[] bytes = switch (format) {
            case HTML -> html.render("report/overview", doc, doc.asOf(), locale, false).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case PDF -> pdf.render(html.render("report/overview", doc, doc.asOf(), locale, true), producer());
            case DOCX, XLSX -> throw new dk.pejling.shared.InvalidInputException("format", "must be html or pdf");
        };
        log.info("Rendered the overview {} of {} strategies as {} in {} ms, {} bytes", doc.year(), doc.strategies().size(),
                format, (System.nanoTime() - start) / 1_000_000, bytes.length);
        return bytes;
    }

    /** "Data pr. …" in the files: the same words as the report pages ({@link dk.pejling.report.AsOf#text}). */
    static String asOfText(Instant asOf, Locale locale) {
        return dk.pejling.report.AsOf.text(asOf, locale);
    }

    private static String producer() {
        return "Pejling";
    }
}
