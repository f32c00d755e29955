package dk.pejling.report.web;

import dk.pejling.report.AnnualReportDocument;
import dk.pejling.report.AsOf;
import dk.pejling.report.ReportService;
import dk.pejling.report.ReportTextService;
import dk.pejling.report.StatusReportDocument;
import dk.pejling.report.render.ReportRenderer;
import dk.pejling.report.ReportFormat;
import dk.pejling.report.api.ReportAudit;
import dk.pejling.shared.AuditEvent;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.VersionConflictException;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A page per report: the report itself as the HTML format shows it, a date to show it as of, and
 * links to the files (the API renders them). Editors write the annual report's free texts here.
 */
@Controller
class ReportPages {

    private final ReportService reports;
    private final ReportTextService texts;
    private final ReportRenderer renderer;
    private final StrategyService strategies;
    private final ApplicationEventPublisher events;

    ReportPages(ReportService reports, ReportTextService texts, ReportRenderer renderer, StrategyService strategies,
                ApplicationEventPublisher events) {
        this.events = events;
        this.reports = reports;
        this.texts = texts;
        this.renderer = renderer;
        this.strategies = strategies;
    }

    @GetMapping("/strategier/{id}/runder/{roundId}/statusrapport")
    String status(@PathVariable UUID id, @PathVariable UUID roundId, @RequestParam(required = false) String asOf,
                  Viewer viewer, Locale locale, Model model) {
        StatusReportDocument doc = reports.statusReport(new StrategyId(id), roundId, AsOf.parse(asOf), viewer);
        events.publishEvent(AuditEvent.download("status_report", roundId,
                ReportAudit.parameters(id, roundId, null, ReportFormat.HTML, doc.asOf())));
        model.addAllAttributes(renderer.pageModel(doc, doc.asOf(), locale));
        model.addAttribute("strategy", strategies.get(new StrategyId(id), viewer));
        model.addAttribute("roundId", roundId);
        model.addAttribute("asOf", asOf == null ? "" : asOf);
        model.addAttribute("fileBase", "/rapporter/status?strategy=" + id + "&round=" + roundId
                + (asOf == null || asOf.isBlank() ? "" : "&asOf=" + asOf.strip()));
        return "report/status-page";
    }

    @GetMapping("/strategier/{id}/aarsberetning")
    String annual(@PathVariable UUID id, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) String asOf, Viewer viewer, Locale locale, Model model) {
        Strategy strategy = strategies.get(new StrategyId(id), viewer);
        int y = year == null ? defaultYear(strategy) : year;
        AnnualReportDocument doc = reports.annualReport(strategy.id(), y, AsOf.parse(asOf), viewer);
        events.publishEvent(AuditEvent.download("annual_report", id, ReportAudit.parameters(id, null, y, ReportFormat.HTML, doc.asOf())));
        model.addAllAttributes(renderer.pageModel(doc, doc.asOf(), locale));
        model.addAttribute("strategy", strategy);
        model.addAttribute("year", y);
        model.addAttribute("asOf", asOf == null ? "" : asOf);
        model.addAttribute("canEdit", viewer.coordinates(id));
        model.addAttribute("fileBase", "/rapporter/aarsberetning?strategy=" + id + "&year=" + y
                + (asOf == null || asOf.isBlank() ? "" : "&asOf=" + asOf.strip()));
        return "report/annual-page";
    }

    @GetMapping("/strategier/{id}/aarsberetning/tekster")
    String textsForm(@PathVariable UUID id, @RequestParam int year, Viewer viewer, Model model) {
        Strategy strategy = strategies.get(new StrategyId(id), viewer);
        viewer.requireCoordinator(id);
        model.addAttribute("strategy", strategy);
        model.addAttribute("year", year);
        model.addAttribute("sections", texts.sections(strategy.id(), year, viewer));
        return "report/texts";
    }

    /** Saves every section that changed, all or none; each carries the version it was read at, so nobody's edit is lost. */
    @PostMapping("/strategier/{id}/aarsberetning/tekster")
    String saveTexts(@PathVariable UUID id, @RequestParam int year, @RequestParam Map<String, String> form,
                     Viewer viewer, RedirectAttributes redirect) {
        Map<String, String> bodies = new HashMap<>();
        Map<String, Long> versions = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("text[") && name.endsWith("]")) {
                bodies.put(name.substring(5, name.length() - 1), value);
            } else if (name.startsWith("version[") && name.endsWith("]") && value != null && !value.isBlank()) {
                versions.put(name.substring(8, name.length() - 1), Long.valueOf(value.strip()));
            }
        });
        try {
            texts.saveChanged(new StrategyId(id), year, bodies, versions, viewer);
            redirect.addFlashAttribute("message", "reports.texts.saved");
            return "redirect:/strategier/" + id + "/aarsberetning?year=" + year;
        } catch (VersionConflictException | InvalidInputException e) {
            redirect.addFlashAttribute("message", "reports.texts.conflict");
            return "redirect:/strategier/" + id + "/aarsberetning/tekster?year=" + year;
        }
    }

    /** The last year of the strategy's period that has ended, else last year. */
    private static int defaultYear(Strategy strategy) {
        int lastYear = LocalDate.now(ZoneId.of("Europe/Copenhagen")).getYear() - 1;
        if (strategy.period() != null && strategy.period().to() != null) {
            return Math.min(strategy.period().to().getYear(), lastYear);
        }
        if (strategy.period() != null && strategy.period().from() != null) {
            return Math.max(strategy.period().from().getYear(), Math.min(lastYear, strategy.period().from().getYear()));
        }
        return lastYear;
    }
}
