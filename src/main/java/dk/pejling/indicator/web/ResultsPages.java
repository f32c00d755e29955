package dk.pejling.indicator.web;

import dk.pejling.indicator.Attainment;
import dk.pejling.indicator.IndicatorPermissions;
import dk.pejling.indicator.IndicatorReadModels;
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
    private final IndicatorReadModels readModels;
    private final ManualVerdictService manual;
    private final FieldErrorMessages errorMessages;
    private final IndicatorPermissions permissions;

    ResultsPages(StrategyService strategies, GoalService goals, IndicatorReadModels readModels, ManualVerdictService manual,
                 FieldErrorMessages errorMessages, IndicatorPermissions permissions) {
        this.permissions = permissions;
        this.strategies = strategies;
        this.goals = goals;
        this.readModels = readModels;
        this.manual = manual;
        this.errorMessages = errorMessages;
    }

    @GetMapping("/strategier/{id}/resultater")
    String results(@PathVariable UUID id, @RequestParam(required = false) Integer year,
                   @RequestParam(defaultValue = "ALL_OR_SOME") RollupMethod method, Viewer viewer, Model model) {
        return page(new StrategyId(id), year, method, Map.of(), null, viewer, model);
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
            return page(strategy.id(), Integer.valueOf(year.substring(0, 4)), RollupMethod.ALL_OR_SOME,
                    errorMessages.localise(e.fieldErrors(), locale), goalId, viewer, model);
        }
    }

    private String page(StrategyId strategy, Integer year, RollupMethod method, Map<String, String> errors, UUID errorGoal,
                        Viewer viewer, Model model) {
        model.addAttribute("page", readModels.strategyResults(strategy, year, method, viewer));
        model.addAttribute("errors", errors);
        model.addAttribute("errorGoal", errorGoal);
        return "indicator/results";
    }
}
