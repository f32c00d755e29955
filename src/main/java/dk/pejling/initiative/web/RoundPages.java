package dk.pejling.initiative.web;

import dk.pejling.initiative.InitiativeId;
import dk.pejling.initiative.InitiativePermissions;
import dk.pejling.initiative.InitiativeService;
import dk.pejling.initiative.ReminderService;
import dk.pejling.initiative.ReportingRound;
import dk.pejling.initiative.ReportingRoundService;
import dk.pejling.initiative.RoundOverview;
import dk.pejling.initiative.RoundReadModels;
import dk.pejling.initiative.StatusReport;
import dk.pejling.initiative.StatusReportService;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.web.FormOutcome;
import dk.pejling.shared.web.LocalRedirect;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Rounds for coordinators (open, overview, review, approve) and the owner's two-minute report form. */
@Controller
class RoundPages {

    /** Rows per page of a round's overview; the counts always cover the whole round. */
    static final int PAGE_SIZE = 100;

    private final ReportingRoundService rounds;
    private final StatusReportService reports;
    private final InitiativeService initiatives;
    private final StrategyService strategies;
    private final FormOutcome forms;
    private final ReminderService reminders;
    private final InitiativePermissions permissions;
    private final RoundReadModels readModels;

    RoundPages(ReportingRoundService rounds, StatusReportService reports, InitiativeService initiatives,
               StrategyService strategies, FormOutcome forms, ReminderService reminders,
               InitiativePermissions permissions, RoundReadModels readModels) {
        this.permissions = permissions;
        this.reminders = reminders;
        this.rounds = rounds;
        this.reports = reports;
        this.initiatives = initiatives;
        this.strategies = strategies;
        this.forms = forms;
        this.readModels = readModels;
    }

    /** A new round: its title, the day its status is as of, and the owners' deadline. */
    record OpenRoundCommand(String title, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate) {
    }

    @PostMapping("/strategier/{id}/runder")
    String open(@PathVariable UUID id, OpenRoundCommand command, BindingResult binding, Viewer viewer,
                RedirectAttributes redirect) {
        Strategy strategy = strategies.get(new StrategyId(id), viewer);
        return forms.redirect(binding, () -> {
            ReportingRound round = rounds.open(strategy.id(), command.title(), command.asOf(), command.dueDate(), viewer);
            redirect.addFlashAttribute("message", "rounds.opened");
            return "redirect:/runder/" + round.id();
        }, redirect, "openErrors", "openForm", "redirect:/strategier/" + id + "/indsatser#ny-runde");
    }

    @GetMapping("/runder/{id}")
    String overview(@PathVariable UUID id, @RequestParam(required = false) UUID organisation,
                    @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
                    Viewer viewer, Model model) {
        model.addAttribute("page", readModels.roundOverview(id, new RoundOverview.Filter(organisation, status, page, PAGE_SIZE),
                viewer));
        return "initiative/round";
    }

    @PostMapping("/runder/{id}/godkend")
    String approve(@PathVariable UUID id, @RequestParam long version,
                   @RequestParam(defaultValue = "false") boolean lockWithMissing, Viewer viewer,
                   RedirectAttributes redirect) {
        return forms.redirect(() -> {
            rounds.approve(id, version, lockWithMissing, viewer);
            redirect.addFlashAttribute("message", "rounds.approved");
            return "redirect:/runder/" + id;
        }, redirect, "roundErrors", "redirect:/runder/" + id);
    }

    /** Bulk approve: the ticked reports, each as "id:version" as the coordinator saw it. */
    @PostMapping("/runder/{id}/godkend-rapporter")
    String approveReports(@PathVariable UUID id, @RequestParam(name = "report", required = false) List<String> ticked,
                          Viewer viewer, RedirectAttributes redirect) {
        Map<UUID, Long> versions = new LinkedHashMap<>();
        for (String value : ticked == null ? List.<String>of() : ticked) {
            String[] parts = value.split(":", 2);
            try {
                versions.put(UUID.fromString(parts[0]), Long.valueOf(parts[1]));
            } catch (RuntimeException e) {
                throw new InvalidInputException("reports", "has an invalid value");
            }
        }
        return forms.redirect(() -> {
            redirect.addFlashAttribute("approvedCount", reports.approveAll(id, versions, viewer));
            return "redirect:/runder/" + id;
        }, redirect, "roundErrors", "redirect:/runder/" + id);
    }

    @PostMapping("/runder/{id}/paamind")
    String remind(@PathVariable UUID id, Viewer viewer, RedirectAttributes redirect) {
        return forms.redirect(() -> {
            redirect.addFlashAttribute("reminded", reminders.remindNow(id, viewer));
            return "redirect:/runder/" + id;
        }, redirect, "roundErrors", "redirect:/runder/" + id);
    }

    /** The coordinator's rounds across every strategy they coordinate. */
    @GetMapping("/mine-runder")
    String myRounds(Viewer viewer, Model model) {
        model.addAttribute("rounds", rounds.coordinated(viewer));
        return "initiative/my-rounds";
    }

    @GetMapping("/runder/{roundId}/indsatser/{initiativeId}")
    String reportForm(@PathVariable UUID roundId, @PathVariable UUID initiativeId, Viewer viewer, Model model) {
        return reportPage(roundId, initiativeId, null, Map.of(), viewer, model);
    }

    @PostMapping("/runder/{roundId}/indsatser/{initiativeId}")
    String submit(@PathVariable UUID roundId, @PathVariable UUID initiativeId, @Valid StatusCommand command,
                  BindingResult binding, Viewer viewer, Model model, RedirectAttributes redirect) {
        rounds.get(roundId, viewer);
        // before the form's errors: who may not report, learns nothing from them
        permissions.requireReport(initiatives.get(new InitiativeId(initiativeId), viewer), viewer);
        return forms.render(binding, () -> {
            reports.submit(roundId, new InitiativeId(initiativeId), command.toInput(), command.version(), command.newValues(),
                    viewer);
            redirect.addFlashAttribute("message", "report.submitted");
            return "redirect:/runder/" + roundId + "/indsatser/" + initiativeId;
        }, refusal -> reportPage(roundId, initiativeId, refusal.typed(), refusal.errors(), viewer, model));
    }

    /**
     * A coordinator's review of a submitted report.
     *
     * @param decision "approve", or anything else to send it back
     * @param back     the page the form was on, shown again with the errors when the review is refused
     */
    record ReviewCommand(Long version, String decision, String reviewComment, String back) {

        boolean approves() {
            return "approve".equals(decision);
        }
    }

    @PostMapping("/statusrapporter/{reportId}/vurdering")
    String review(@PathVariable UUID reportId, ReviewCommand command, BindingResult binding, Viewer viewer,
                  RedirectAttributes redirect) {
        // a local path only: a crafted "back" must not send a signed-in user on to another site (LocalRedirect)
        return forms.redirect(binding, () -> {
            StatusReport report = reports.review(reportId, command.version() == null ? -1 : command.version(),
                    command.approves(), command.reviewComment(), viewer);
            redirect.addFlashAttribute("message", "report.reviewed");
            return "redirect:/runder/" + report.roundId() + "/indsatser/" + report.initiativeId();
        }, redirect, "reviewErrors", null, LocalRedirect.to(command.back(), "/"));
    }

    @GetMapping("/mine-opgaver")
    String tasks(Viewer viewer, Model model) {
        model.addAttribute("tasks", rounds.tasks(viewer));
        return "initiative/tasks";
    }

    private String reportPage(UUID roundId, UUID initiativeId, Map<String, String> form, Map<String, String> errors,
                              Viewer viewer, Model model) {
        model.addAttribute("page", readModels.initiativeReport(roundId, initiativeId, viewer));
        model.addAttribute("form", form == null ? Map.of() : form);
        model.addAttribute("errors", errors);
        return "initiative/report";
    }
}
