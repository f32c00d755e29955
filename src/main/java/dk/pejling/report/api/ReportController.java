package dk.pejling.report.api;

import dk.pejling.report.AnnualReportDocument;
import dk.pejling.report.AsOf;
import dk.pejling.report.ReportFormat;
import dk.pejling.report.ReportService;
import dk.pejling.report.StatusReportDocument;
import dk.pejling.report.render.ReportRenderer;
import dk.pejling.shared.AuditEvent;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.StrategyId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reports as files: HTML, tagged PDF, DOCX or XLSX, as of any moment. */
@RestController
@Tag(name = "Reports", description = "The status report of a round and the annual report of a strategy, generated from the data")
class ReportController {

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.of("Europe/Copenhagen"));

    private final ReportService reports;
    private final ReportRenderer renderer;
    private final ApplicationEventPublisher events;

    ReportController(ReportService reports, ReportRenderer renderer, ApplicationEventPublisher events) {
        this.reports = reports;
        this.renderer = renderer;
        this.events = events;
    }

    // The same files under /rapporter for the pages' download links: the API chain reads no session
    // cookie, so a signed-in user of the pages would get 404 for an internal strategy through /api.
    @GetMapping({"/api/v1/reports/status", "/rapporter/status"})
    @Operation(summary = "The status report of a round as approved at asOf (a date or an instant; default now)")
    ResponseEntity<byte[]> status(@RequestParam UUID strategy, @RequestParam UUID round,
                                  @RequestParam(required = false) String format,
                                  @RequestParam(required = false) String asOf, Viewer viewer, Locale locale) {
        ReportFormat f = ReportFormat.parse(format);
        StatusReportDocument doc = reports.statusReport(new StrategyId(strategy), round, AsOf.parse(asOf), viewer);
        events.publishEvent(AuditEvent.download("status_report", round, ReportAudit.parameters(strategy, round, null, f, doc.asOf())));
        return file(renderer.status(doc, f, locale), f, "statusrapport-" + FILE_DATE.format(doc.asOf()));
    }

    @GetMapping({"/api/v1/reports/annual", "/rapporter/aarsberetning"})
    @Operation(summary = "The annual report of a strategy for a year, computed as of asOf (a date or an instant; default now)")
    ResponseEntity<byte[]> annual(@RequestParam UUID strategy, @RequestParam int year,
                                  @RequestParam(required = false) String format,
                                  @RequestParam(required = false) String asOf, Viewer viewer, Locale locale) {
        ReportFormat f = ReportFormat.parse(format);
        AnnualReportDocument doc = reports.annualReport(new StrategyId(strategy), year, AsOf.parse(asOf), viewer);
        events.publishEvent(AuditEvent.download("annual_report", strategy, ReportAudit.parameters(strategy, null, year, f, doc.asOf())));
        return file(renderer.annual(doc, f, locale), f, "aarsberetning-" + year + "-" + FILE_DATE.format(doc.asOf()));
    }

    static ResponseEntity<byte[]> file(byte[] body, ReportFormat format, String name) {
        ContentDisposition disposition = (format == ReportFormat.HTML || format == ReportFormat.PDF
                ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(name + "." + format.extension()).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(body);
    }
}
