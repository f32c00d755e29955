package dk.pejling.initiative.web;

import dk.pejling.indicator.IndicatorId;
import dk.pejling.indicator.IndicatorService;
import dk.pejling.indicator.MeasurementInput;
import dk.pejling.indicator.MeasurementPeriod;
import dk.pejling.initiative.Initiative;
import dk.pejling.initiative.InitiativeId;
import dk.pejling.initiative.InitiativeService;
import dk.pejling.initiative.ReminderService;
import dk.pejling.initiative.ReportingRound;
import dk.pejling.initiative.ReportingRoundService;
import dk.pejling.initiative.RoundOverview;
import dk.pejling.initiative.StatusInput;
import dk.pejling.initiative.StatusReport;
import dk.pejling.initiative.StatusReportService;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.web.FieldErrorMessages;
import dk.pejling.shared.web.LocalRedirect;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
    private final FieldErrorMessages errorMessages;
    private final IndicatorService indicators;
    private final ReminderService reminders;

    RoundPages(ReportingRoundService rounds, StatusReportService reports, InitiativeService initiatives,
               StrategyService strategies, OrganisationService organisations, FieldErrorMessages errorMessages,
               IndicatorService indicators, ReminderService reminders) {
        this.reminders = reminders;
        this.indicators = indicators;
        this.rounds = rounds;
        this.reports = reports;
        this.initiatives = initiatives;
        this.strategies = strategies;
        this.organisations = organisations;
        this.errorMessages = errorMessages;
    }

    @PostMapping("/strategier/{id}/runder")
    String open(@PathVariable UUID id, @RequestParam Map<String, String> form, Viewer viewer, Locale locale,
                RedirectAttributes redirect) {
        Strategy strategy = strategies.get(new StrategyId(id), viewer);
        try {
            ReportingRound round = rounds.open(strategy.id(), form.get("title"), date(form, "asOf"), date(form, "dueDate"), viewer);
            redirect.addFlashAttribute("message", "rounds.opened");
            return "redirect:/runder/" + round.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("openErrors", errorMessages.localise(e.fieldErrors(), locale));
            redirect.addFlashAttribute("openForm", form);
            return "redirect:/strategier/" + id + "/indsatser#ny-runde";
        }
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
        model.addAttribute("canCoordinate", viewer.coordinates(overview.round().strategyId()));
        model.addAttribute("progress", rounds.progress(id, viewer));
        return "initiative/round";
    }

    @PostMapping("/runder/{id}/godkend")
    String approve(@PathVariable UUID id, @RequestParam long version,
                   @RequestParam(defaultValue = "false") boolean lockWithMissing, Viewer viewer, Locale locale,
                   RedirectAttributes redirect) {
        try {
            rounds.approve(id, version, lockWithMissing, viewer);
            redirect.addFlashAttribute("message", "rounds.approved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("roundErrors", errorMessages.localise(e.fieldErrors(), locale));
        }
        return "redirect:/runder/" + id;
    }

    /** Bulk approve: the ticked reports, each as "id:version" as the coordinator saw it. */
    @PostMapping("/runder/{id}/godkend-rapporter")
    String approveReports(@PathVariable UUID id, @RequestParam(name = "report", required = false) List<String> ticked,
                          Viewer viewer, Locale locale, RedirectAttributes redirect) {
        Map<UUID, Long> versions = new LinkedHashMap<>();
        for (String value : ticked == null ? List.<String>of() : ticked) {
            String[] parts = value.split(":", 2);
            try {
                versions.put(UUID.fromString(parts[0]), Long.valueOf(parts[1]));
            } catch (RuntimeException e) {
                throw new InvalidInputException("reports", "has an invalid value");
            }
        }
        try {
            int approved = reports.approveAll(id, versions, viewer);
            redirect.addFlashAttribute("approvedCount", approved);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("roundErrors", errorMessages.localise(e.fieldErrors(), locale));
        }
        return "redirect:/runder/" + id;
    }

    @PostMapping("/runder/{id}/paamind")
    String remind(@PathVariable UUID id, Viewer viewer, Locale locale, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("reminded", reminders.remindNow(id, viewer));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("roundErrors", errorMessages.localise(e.fieldErrors(), locale));
        }
        return "redirect:/runder/" + id;
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
    String submit(@PathVariable UUID roundId, @PathVariable UUID initiativeId, @RequestParam Map<String, String> form,
                  Viewer viewer, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        rounds.get(roundId, viewer);
        Viewer.require(initiatives.mayReport(initiatives.get(new InitiativeId(initiativeId), viewer), viewer)); // refuse before reading the form: who may not, learns nothing from field errors
        try {
            Long version = form.get("version") == null || form.get("version").isBlank() ? null : Long.valueOf(form.get("version"));
            reports.submit(roundId, new InitiativeId(initiativeId), new StatusInput(form.get("status"), form.get("comment"),
                    progress(form)), version, values(form), viewer);
            redirect.addFlashAttribute("message", "report.submitted");
            return "redirect:/runder/" + roundId + "/indsatser/" + initiativeId;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return reportPage(roundId, initiativeId, form, errorMessages.localise(e.fieldErrors(), locale), viewer, model);
        }
    }

    @PostMapping("/statusrapporter/{reportId}/vurdering")
    String review(@PathVariable UUID reportId, @RequestParam Map<String, String> form, Viewer viewer, Locale locale,
                  RedirectAttributes redirect) {
        StatusReport report;
        try {
            report = reports.review(reportId, Long.parseLong(form.getOrDefault("version", "-1")),
                    "approve".equals(form.get("decision")), form.get("reviewComment"), viewer);
            redirect.addFlashAttribute("message", "report.reviewed");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("reviewErrors", errorMessages.localise(e.fieldErrors(), locale));
            return LocalRedirect.to(form.get("back"), "/");
        }
        return "redirect:/runder/" + report.roundId() + "/indsatser/" + report.initiativeId();
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
        model.addAttribute("mayReport", initiatives.mayReport(initiative, viewer) && !round.locked());
        model.addAttribute("indicators", indicators.forGoals(initiative.goalIds(), viewer));
        boolean coordinates = viewer.coordinates(round.strategyId());
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

    /** New indicator values from fields "m-<indicator id>-period" and "m-<indicator id>-value"; empty values are skipped. */
    private static List<StatusReportService.NewValue> values(Map<String, String> form) {
        List<StatusReportService.NewValue> values = new java.util.ArrayList<>();
        for (Map.Entry<String, String> field : form.entrySet()) {
            String key = field.getKey();
            if (!key.startsWith("m-") || !key.endsWith("-value") || field.getValue() == null || field.getValue().isBlank()) {
                continue;
            }
            String id = key.substring(2, key.length() - "-value".length());
            try {
                values.add(new StatusReportService.NewValue(new IndicatorId(UUID.fromString(id)), new MeasurementInput(
                        MeasurementPeriod.of(form.get("m-" + id + "-period")), null,
                        new java.math.BigDecimal(field.getValue().strip().replace(',', '.')), null, null, null, null,
                        null, null, null)));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("m-" + id + "-value", "must be a number");
            } catch (InvalidInputException e) {
                throw new InvalidInputException("m-" + id + "-period", "is not a period; use e.g. 2018, 2018-H1, 2018-K2 or 2018-03");
            }
        }
        return values;
    }

    private static LocalDate date(Map<String, String> form, String field) {
        String raw = form.get(field);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "has an invalid value");
        }
    }

    private static Integer progress(Map<String, String> form) {
        String raw = form.get("progress");
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put("progress", "must be a whole number");
            throw new InvalidInputException(errors);
        }
    }
}
