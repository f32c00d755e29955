package dk.pejling.initiative.web;

import dk.pejling.indicator.IndicatorService;
import dk.pejling.initiative.Initiative;
import dk.pejling.initiative.InitiativeId;
import dk.pejling.initiative.InitiativePermissions;
import dk.pejling.initiative.InitiativeService;
import dk.pejling.initiative.ReminderService;
import dk.pejling.initiative.ReportingRound;
import dk.pejling.initiative.ReportingRoundService;
import dk.pejling.initiative.RoundOverview;
import dk.pejling.initiative.StatusReport;
import dk.pejling.initiative.StatusReportService;
import dk.pejling.organisation.OrganisationService;
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
import java.util.Locale;
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
    private final OrganisationService organisations;
    private final FormOutcome forms;
    private final IndicatorService indicators;
    private final ReminderService reminders;
    private final InitiativePermissions permissions;

    RoundPages(ReportingRoundService rounds, StatusReportService reports, InitiativeService initiatives,
               StrategyService strategies, OrganisationService organisations, FormOutcome forms,
               IndicatorService indicators, ReminderService reminders, InitiativePermissions permissions) {
        this.permissions = permissions;
        this.reminders = reminders;
        this.indicators = indicators;
        this.rounds = rounds;
        this.reports = reports;
        this.initiatives = initiatives;
        this.strategies = strategies;
        this.organisations = organisations;
        this.forms = forms;
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
        var overview = rounds.overview(id, new RoundOverview.Filter(organisation, status, page, PAGE_SIZE), viewer);
        model.addAttribute("overview", overview);
        model.addAttribute("strategy", strategies.get(new StrategyId(overview.round().strategyId()), viewer));
        model.addAttribute("organisation", organisation);
        model.addAttribute("status", overview.filter().status());
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("canCoordinate", permissions.mayCoordinate(overview.round().strategyId(), viewer));
        model.addAttribute("progress", rounds.progress(id, viewer));
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
        ReportingRound round = rounds.get(roundId, viewer);
        Initiative initiative = initiatives.get(new InitiativeId(initiativeId), viewer);
        StatusReport report = reports.get(roundId, initiative.id(), viewer);
        model.addAttribute("round", round);
        model.addAttribute("initiative", initiative);
        model.addAttribute("report", report);
        model.addAttribute("history", report == null ? List.of() : reports.history(report.id(), viewer));
        var options = rounds.scheme(new StrategyId(round.strategyId()));
        model.addAttribute("options", options);
        model.addAttribute("currentOption", report == null ? null
                : options.stream().filter(o -> o.code().equals(report.statusCode())).findFirst().orElse(null));
        model.addAttribute("form", form == null ? Map.of() : form);
        model.addAttribute("errors", errors);
        model.addAttribute("mayReport", permissions.mayReport(initiative, viewer) && !round.locked());
        model.addAttribute("indicators", indicators.forGoals(initiative.goalIds(), viewer));
        boolean coordinates = permissions.mayCoordinate(round.strategyId(), viewer);
        model.addAttribute("canCoordinate", coordinates);
        model.addAttribute("labels", labels(options, locale(model)));
        model.addAttribute("previous", previous(round, initiative, viewer));
        model.addAttribute("nextToReview", coordinates && !round.locked() ? nextToReview(round, initiativeId, viewer) : null);
        return "initiative/report";
    }

    /** The status labels of the legend by code, for the history: a person reads "I gang", not "i-gang". */
    private static Map<String, String> labels(List<dk.pejling.initiative.StatusOption> options, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        boolean english = "en".equals(locale.getLanguage());
        options.forEach(o -> labels.put(o.code(), english && o.labelEn() != null ? o.labelEn() : o.labelDa()));
        return labels;
    }

    private static Locale locale(Model model) {
        return org.springframework.context.i18n.LocaleContextHolder.getLocale();
    }

    /** The initiative's status in the round before this one, to show beside the owner's form. */
    private StatusReportService.RoundStatus previous(ReportingRound round, Initiative initiative, Viewer viewer) {
        StatusReportService.RoundStatus previous = null;
        for (StatusReportService.RoundStatus status : reports.acrossRounds(initiative.id(), viewer)) {
            if (status.round().asOf().isBefore(round.asOf()) && !status.round().id().equals(round.id())) {
                previous = status; // oldest first, so the last one before wins
            }
        }
        return previous;
    }

    /** The next initiative of the round whose report waits for review, after this one and then from the top. */
    private UUID nextToReview(ReportingRound round, UUID current, Viewer viewer) {
        List<dk.pejling.initiative.OverviewRow> rows = rounds.overview(round.id(),
                new RoundOverview.Filter(null, null, 0, RoundOverview.Filter.MAX_SIZE), viewer).rows();
        int at = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).initiativeId().equals(current)) {
                at = i;
            }
        }
        for (int step = 1; step <= rows.size(); step++) {
            var row = rows.get((at + step) % rows.size());
            if (row.state() == dk.pejling.initiative.ReportState.SUBMITTED && !row.initiativeId().equals(current)) {
                return row.initiativeId();
            }
        }
        return null;
    }
}
