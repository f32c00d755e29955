package dk.pejling.report.web;

import dk.pejling.report.AnnualReportPage;
import dk.pejling.report.ReportFormat;
import dk.pejling.report.ReportPermissions;
import dk.pejling.report.ReportReadModels;
import dk.pejling.report.ReportTextService;
import dk.pejling.report.StatusReportPage;
import dk.pejling.report.api.ReportAudit;
import dk.pejling.shared.AuditEvent;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.VersionConflictException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.web.FormOutcome;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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

    private final ReportReadModels readModels;
    private final ReportTextService texts;
    private final StrategyService strategies;
    private final ApplicationEventPublisher events;
    private final ReportPermissions permissions;

    ReportPages(ReportReadModels readModels, ReportTextService texts, StrategyService strategies,
                ApplicationEventPublisher events, ReportPermissions permissions) {
        this.readModels = readModels;
        this.texts = texts;
        this.strategies = strategies;
        this.events = events;
        this.permissions = permissions;
    }

    @GetMapping("/strategier/{id}/runder/{roundId}/statusrapport")
    String status(@PathVariable UUID id, @PathVariable UUID roundId, @RequestParam(required = false) String asOf,
                  Viewer viewer, Model model) {
        StatusReportPage page = readModels.statusReport(new StrategyId(id), roundId, asOf, viewer);
        events.publishEvent(AuditEvent.download("status_report", roundId,
                ReportAudit.parameters(id, roundId, null, ReportFormat.HTML, page.report().asOf())));
        model.addAttribute("page", page);
        return "report/status-page";
    }

    @GetMapping("/strategier/{id}/aarsberetning")
    String annual(@PathVariable UUID id, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) String asOf, Viewer viewer, Model model) {
        AnnualReportPage page = readModels.annualReport(new StrategyId(id), year, asOf, viewer);
        events.publishEvent(AuditEvent.download("annual_report", id,
                ReportAudit.parameters(id, null, page.year(), ReportFormat.HTML, page.report().asOf())));
        model.addAttribute("page", page);
        return "report/annual-page";
    }

    @GetMapping("/strategier/{id}/aarsberetning/tekster")
    String textsForm(@PathVariable UUID id, @RequestParam int year, Viewer viewer, Model model) {
        model.addAttribute("page", readModels.reportTexts(new StrategyId(id), year, viewer));
        return "report/texts";
    }

    /**
     * The texts form: per section key its text ("text[foreword]") and the version it was read at
     * ("version[foreword]"; empty for a section not written yet).
     */
    record TextsCommand(Map<String, String> text, Map<String, Long> version) {

        TextsCommand {
            text = text == null ? Map.of() : text;
            version = version == null ? Map.of() : version;
        }
    }

    /** Saves every section that changed, all or none; each carries the version it was read at, so nobody's edit is lost. */
    @PostMapping("/strategier/{id}/aarsberetning/tekster")
    String saveTexts(@PathVariable UUID id, @RequestParam int year, TextsCommand command, BindingResult binding,
                     Viewer viewer, RedirectAttributes redirect) {
        // as for showing the form: who may not write the texts learns nothing from how the form was filled in
        strategies.requireVisible(new StrategyId(id), viewer);
        permissions.requireWriteTexts(id, viewer);
        try {
            FormOutcome.requireValid(binding);
            texts.saveChanged(new StrategyId(id), year, command.text(), command.version(), viewer);
            redirect.addFlashAttribute("message", "reports.texts.saved");
            return "redirect:/strategier/" + id + "/aarsberetning?year=" + year;
        } catch (VersionConflictException | InvalidInputException e) {
            // one message for the whole form: someone saved in between, or a version was tampered with
            redirect.addFlashAttribute("message", "reports.texts.conflict");
            return "redirect:/strategier/" + id + "/aarsberetning/tekster?year=" + year;
        }
    }
}
