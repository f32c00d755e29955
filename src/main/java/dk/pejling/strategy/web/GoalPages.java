package dk.pejling.strategy.web;

import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.web.FieldErrorMessages;
import dk.pejling.shared.web.FormOutcome;
import dk.pejling.strategy.Goal;
import dk.pejling.strategy.GoalFormPage;
import dk.pejling.strategy.GoalId;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyPermissions;
import dk.pejling.strategy.StrategyReadModels;
import dk.pejling.strategy.StrategyService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Forms to add, edit and delete goals in a strategy's tree. */
@Controller
class GoalPages {

    private final GoalService goals;
    private final StrategyService strategies;
    private final StrategyReadModels readModels;
    private final FieldErrorMessages errorMessages;
    private final StrategyPermissions permissions;

    GoalPages(GoalService goals, StrategyService strategies, StrategyReadModels readModels,
              FieldErrorMessages errorMessages, StrategyPermissions permissions) {
        this.goals = goals;
        this.strategies = strategies;
        this.readModels = readModels;
        this.errorMessages = errorMessages;
        this.permissions = permissions;
    }

    @GetMapping("/strategier/{id}/maal/ny")
    String newForm(@PathVariable UUID id, @RequestParam(required = false) UUID parent, Viewer viewer, Model model) {
        GoalForm form = new GoalForm();
        form.setParentId(parent);
        return form(readModels.newGoalForm(new StrategyId(id), viewer), form, Map.of(), model);
    }

    @PostMapping("/strategier/{id}/maal/ny")
    String create(@PathVariable UUID id, @ModelAttribute("form") GoalForm form, BindingResult binding, Viewer viewer,
                  Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Strategy strategy = strategies.get(new StrategyId(id), viewer);
        permissions.requireEditGoalsOf(id, viewer); // refuse before reading the form: who may not, learns nothing from field errors
        try {
            FormOutcome.requireValid(binding);
            Goal goal = goals.create(strategy.id(), form.toDetails(), viewer);
            redirect.addFlashAttribute("message", "strategy.saved");
            return "redirect:/strategier/" + id + "#maal-" + goal.id().value();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(readModels.newGoalForm(strategy.id(), viewer), form,
                    errorMessages.localise(e.fieldErrors(), locale), model);
        }
    }

    @GetMapping("/maal/{id}/rediger")
    String editForm(@PathVariable UUID id, Viewer viewer, Model model) {
        GoalFormPage page = readModels.goalForm(new GoalId(id), viewer); // a hidden goal is 404 first
        return form(page, GoalForm.of(page.goal()), Map.of(), model);
    }

    @PostMapping("/maal/{id}/rediger")
    String update(@PathVariable UUID id, @ModelAttribute("form") GoalForm form, BindingResult binding, Viewer viewer,
                  Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Goal goal = goals.get(new GoalId(id), viewer);
        permissions.requireEditGoalsOf(goal.strategyId().value(), viewer); // refuse before reading the form: who may not, learns nothing from field errors
        try {
            FormOutcome.requireValid(binding);
            goals.update(goal.id(), form.getVersion() == null ? -1 : form.getVersion(), form.toDetails(), viewer);
            redirect.addFlashAttribute("message", "strategy.saved");
            return "redirect:/strategier/" + goal.strategyId().value() + "#maal-" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(readModels.goalForm(goal.id(), viewer), form, errorMessages.localise(e.fieldErrors(), locale), model);
        }
    }

    @PostMapping("/maal/{id}/slet")
    String delete(@PathVariable UUID id, Viewer viewer, RedirectAttributes redirect) {
        Goal goal = goals.get(new GoalId(id), viewer);
        goals.delete(goal.id(), viewer);
        redirect.addFlashAttribute("message", "strategy.saved");
        return "redirect:/strategier/" + goal.strategyId().value();
    }

    private String form(GoalFormPage page, GoalForm form, Map<String, String> errors, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "strategy/goal-form";
    }
}
