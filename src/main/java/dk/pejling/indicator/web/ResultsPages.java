package dk.pejling.indicator.web;

import dk.pejling.indicator.Attainment;
import dk.pejling.indicator.AttainmentService;
import dk.pejling.indicator.IndicatorPermissions;
import dk.pejling.indicator.IndicatorService;
import dk.pejling.indicator.ManualVerdictService;
import dk.pejling.indicator.MeasurementPeriod;
import dk.pejling.indicator.RollupMethod;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.web.FieldErrorMessages;
import dk.pejling.strategy.GoalId;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import jakarta.servlet.http.HttpServletResponse;
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

/** "Mål og resultater": every goal of a strategy with its computed verdict and why. */
@Controller
class ResultsPages {

    private final StrategyService strategies;
    private final GoalService goals;
    private final AttainmentService attainment;
    private final IndicatorService indicators;
    private final ManualVerdictService manual;
    private final FieldErrorMessages errorMessages;
    private final IndicatorPermissions permissions;

    ResultsPages(StrategyService strategies, GoalService goals, AttainmentService attainment, IndicatorService indicators,
                 ManualVerdictService manual, FieldErrorMessages errorMessages, IndicatorPermissions permissions) {
        this.permissions = permissions;
        this.strategies = strategies;
        this.goals = goals;
        this.attainment = attainment;
        this.indicators = indicators;
        this.manual = manual;
        this.errorMessages = errorMessages;
    }

    @GetMapping("/strategier/{id}/resultater")
    String results(@PathVariable UUID id, @RequestParam(required = false) Integer year,
                   @RequestParam(defaultValue = "ALL_OR_SOME") RollupMethod method, Viewer viewer, Model model) {
        Strategy strategy = strategies.get(new StrategyId(id), viewer);
        return page(strategy, year == null ? lastYearOfAnEndedStrategy(strategy) : year, method, Map.of(), null, viewer, model);
    }

    /**
     * A strategy that has ended opens on its last year: its results are history, and the current
     * year would only say "ikke målt" for every goal. Otherwise null lets the calculator choose.
     */
    private static Integer lastYearOfAnEndedStrategy(Strategy strategy) {
        java.time.LocalDate end = strategy.period().to();
        return end != null && end.isBefore(java.time.LocalDate.now()) ? Integer.valueOf(end.getYear()) : null;
    }

    /** How many goals, sub-goals included, got each verdict: the summary table at the top of the page. */
    static Map<Attainment, Integer> summary(java.util.List<dk.pejling.indicator.GoalAttainment> results) {
        Map<Attainment, Integer> counts = new java.util.EnumMap<>(Attainment.class);
        for (Attainment a : Attainment.values()) {
            counts.put(a, 0);
        }
        java.util.Deque<dk.pejling.indicator.GoalAttainment> todo = new java.util.ArrayDeque<>(results);
        while (!todo.isEmpty()) {
            var goal = todo.pop();
            counts.merge(goal.status() == null ? Attainment.NOT_MEASURED : goal.status(), 1, Integer::sum);
            todo.addAll(goal.children());
        }
        return counts;
    }

    @PostMapping("/maal/{goalId}/vurdering")
    String setVerdict(@PathVariable UUID goalId, @RequestParam String year, @RequestParam(required = false) Attainment status,
                      @RequestParam(required = false) String reason, Viewer viewer, Model model, Locale locale,
                      RedirectAttributes redirect, HttpServletResponse response) {
        var goal = goals.get(new GoalId(goalId), viewer);
        Strategy strategy = strategies.get(goal.strategyId(), viewer);
        permissions.requireDefineFor(strategy.id().value(), viewer); // refuse before reading the form: who may not, learns nothing from field errors
        try {
            manual.set(goal.id(), MeasurementPeriod.of(year), status, reason, viewer);
            redirect.addFlashAttribute("message", "results.verdictSaved");
            return "redirect:/strategier/" + strategy.id().value() + "/resultater?year=" + year + "#resultat-" + goalId;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(strategy, Integer.valueOf(year.substring(0, 4)), RollupMethod.ALL_OR_SOME,
                    errorMessages.localise(e.fieldErrors(), locale), goalId, viewer, model);
        }
    }

    private String page(Strategy strategy, Integer year, RollupMethod method, Map<String, String> errors, UUID errorGoal,
                        Viewer viewer, Model model) {
        var results = attainment.forStrategy(strategy.id(), year, method, null, viewer);
        model.addAttribute("strategy", strategy);
        model.addAttribute("results", results);
        model.addAttribute("summary", summary(results));
        model.addAttribute("year", results.isEmpty() ? year : Integer.valueOf(results.get(0).period().year()));
        model.addAttribute("method", method);
        model.addAttribute("methods", RollupMethod.values());
        model.addAttribute("statuses", Attainment.values());
        model.addAttribute("errors", errors);
        model.addAttribute("errorGoal", errorGoal);
        model.addAttribute("canEdit", permissions.mayDefineFor(strategy.id().value(), viewer));
        return "indicator/results";
    }
}
