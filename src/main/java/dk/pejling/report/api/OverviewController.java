package dk.pejling.report.api;

import dk.pejling.report.Overview;
import dk.pejling.report.OverviewQuery;
import dk.pejling.report.OverviewService;
import dk.pejling.report.ReportFormat;
import dk.pejling.report.render.ReportRenderer;
import dk.pejling.shared.AuditEvent;
import dk.pejling.shared.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The overview across strategies as JSON, and on one page as a tagged PDF for a committee meeting. */
@RestController
@Tag(name = "Reports", description = "The status report of a round and the annual report of a strategy, generated from the data")
class OverviewController {

    private final OverviewService overviews;
    private final ReportRenderer renderer;
    private final ApplicationEventPublisher events;

    OverviewController(OverviewService overviews, ReportRenderer renderer, ApplicationEventPublisher events) {
        this.overviews = overviews;
        this.renderer = renderer;
        this.events = events;
    }

    @GetMapping("/api/v1/overview")
    @Operation(summary = "Every strategy the caller may see: its goals' verdicts counted for a year (default: last year) "
            + "and the year before, and its open reporting rounds; filter by organisation (owner or partner) and theme")
    Overview overview(@RequestParam(required = false) Integer year, @RequestParam(required = false) UUID organisation,
                      @RequestParam(required = false) String theme, Viewer viewer) {
        return overviews.overview(query(year, organisation, theme), viewer);
    }

    // The same file under /oversigt/pdf for the page's link: the API chain reads no session cookie.
    @GetMapping({"/api/v1/overview/pdf", "/oversigt/pdf"})
    @Operation(summary = "The overview on one page as a tagged PDF")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) Integer year, @RequestParam(required = false) UUID organisation,
                               @RequestParam(required = false) String theme, Viewer viewer, Locale locale) {
        Overview doc = overviews.overview(query(year, organisation, theme), viewer);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("year", doc.year());
        if (organisation != null) {
            parameters.put("organisation", organisation.toString());
        }
        if (doc.theme() != null) {
            parameters.put("theme", doc.theme());
        }
        parameters.put("format", "pdf");
        events.publishEvent(AuditEvent.download("overview", null, parameters));
        return ReportController.file(renderer.overview(doc, ReportFormat.PDF, locale), ReportFormat.PDF,
                "overblik-" + doc.year());
    }

    private OverviewQuery query(Integer year, UUID organisation, String theme) {
        return new OverviewQuery(year == null ? overviews.defaultYear() : year, organisation, theme);
    }
}
