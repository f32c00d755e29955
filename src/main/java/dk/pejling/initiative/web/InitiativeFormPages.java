package dk.pejling.initiative.web;

import dk.pejling.initiative.Initiative;
import dk.pejling.initiative.InitiativeId;
import dk.pejling.initiative.InitiativeKind;
import dk.pejling.initiative.InitiativePermissions;
import dk.pejling.initiative.InitiativeService;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.Visibility;
import dk.pejling.shared.web.FieldErrorMessages;
import dk.pejling.shared.web.FormOutcome;
import dk.pejling.strategy.GoalNode;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Create and edit initiatives of a strategy. */
@Controller
class InitiativeFormPages {

    private final InitiativeService initiatives;
    private final StrategyService strategies;
    private final GoalService goals;
    private final OrganisationService organisations;
    private final InitiativePermissions permissions;
    private final FieldErrorMessages errorMessages;

    InitiativeFormPages(InitiativeService initiatives, StrategyService strategies, GoalService goals,
                        OrganisationService organisations, InitiativePermissions permissions,
                        FieldErrorMessages errorMessages) {
        this.permissions = permissions;
        this.initiatives = initiatives;
        this.strategies = strategies;
        this.goals = goals;
        this.organisations = organisations;
        this.errorMessages = errorMessages;
    }

    @GetMapping("/strategier/{id}/indsatser/ny")
    String newForm(@PathVariable UUID id, Viewer viewer, Model model) {
        Strategy strategy = strategies.get(new StrategyId(id), viewer);
        Viewer.require(permissions.mayOpenNewForm(id, viewer));
        return form(strategy, null, new InitiativeForm().withBlankRows(), Map.of(), viewer, model);
    }

    @PostMapping("/strategier/{id}/indsatser/ny")
    String create(@PathVariable UUID id, @ModelAttribute("form") InitiativeForm form, BindingResult binding, Viewer viewer,
                  Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Strategy strategy = strategies.get(new StrategyId(id), viewer);
        Viewer.require(permissions.mayCreate(id, form.getResponsibleId(), viewer)); // refuse before reading the form: who may not, learns nothing from field errors
        try {
            FormOutcome.requireValid(binding);
            Initiative created = initiatives.create(strategy.id(), form.toDetails(), viewer);
            redirect.addFlashAttribute("message", "strategy.saved");
            return "redirect:/indsatser/" + created.id().value();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(strategy, null, form.withBlankRows(), errorMessages.localise(e.fieldErrors(), locale), viewer, model);
        }
    }

    @GetMapping("/indsatser/{id}/rediger")
    String editForm(@PathVariable UUID id, Viewer viewer, Model model) {
        Initiative initiative = initiatives.get(new InitiativeId(id), viewer);
        permissions.requireEdit(initiative, viewer);
        return form(strategies.get(new StrategyId(initiative.strategyId()), viewer), initiative,
                InitiativeForm.of(initiative).withBlankRows(), Map.of(), viewer, model);
    }

    @PostMapping("/indsatser/{id}/rediger")
    String update(@PathVariable UUID id, @ModelAttribute("form") InitiativeForm form, BindingResult binding, Viewer viewer,
                  Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Initiative initiative = initiatives.get(new InitiativeId(id), viewer);
        permissions.requireEdit(initiative, viewer); // refuse before reading the form: who may not, learns nothing from field errors
        try {
            FormOutcome.requireValid(binding);
            initiatives.update(initiative.id(), form.getVersion() == null ? -1 : form.getVersion(),
                    form.keeping(initiative).toDetails(), viewer);
            redirect.addFlashAttribute("message", "strategy.saved");
            return "redirect:/indsatser/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(strategies.get(new StrategyId(initiative.strategyId()), viewer), initiative, form.withBlankRows(),
                    errorMessages.localise(e.fieldErrors(), locale), viewer, model);
        }
    }

    private String form(Strategy strategy, Initiative initiative, InitiativeForm form, Map<String, String> errors,
                        Viewer viewer, Model model) {
        model.addAttribute("strategy", strategy);
        model.addAttribute("initiative", initiative);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("goalOptions", GoalNode.options(goals.tree(strategy.id(), viewer), null));
        model.addAttribute("parents", initiatives.ofStrategy(strategy.id(), viewer).stream()
                .filter(i -> initiative == null || !i.id().equals(initiative.id())).toList());
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("kinds", InitiativeKind.values());
        model.addAttribute("visibilities", Visibility.values());
        return "initiative/form";
    }

}
