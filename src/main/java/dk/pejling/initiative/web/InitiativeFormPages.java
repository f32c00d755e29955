package dk.pejling.initiative.web;

import dk.pejling.initiative.Initiative;
import dk.pejling.initiative.InitiativeFormPage;
import dk.pejling.initiative.InitiativeId;
import dk.pejling.initiative.InitiativeReadModels;
import dk.pejling.initiative.InitiativePermissions;
import dk.pejling.initiative.InitiativeService;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.web.FieldErrorMessages;
import dk.pejling.shared.web.FormOutcome;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyId;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Create and edit initiatives of a strategy. */
@Controller
class InitiativeFormPages {

    private final InitiativeService initiatives;
    private final StrategyService strategies;
    private final InitiativeReadModels readModels;
    private final InitiativePermissions permissions;
    private final FieldErrorMessages errorMessages;

    InitiativeFormPages(InitiativeService initiatives, StrategyService strategies, InitiativeReadModels readModels,
                        InitiativePermissions permissions, FieldErrorMessages errorMessages) {
        this.permissions = permissions;
        this.initiatives = initiatives;
        this.strategies = strategies;
        this.readModels = readModels;
        this.errorMessages = errorMessages;
    }

    @GetMapping("/strategier/{id}/indsatser/ny")
    String newForm(@PathVariable UUID id, Viewer viewer, Model model) {
        InitiativeFormPage page = readModels.newInitiativeForm(new StrategyId(id), viewer); // 404, then 403, inside
        return form(page, new InitiativeForm().withBlankRows(), Map.of(), model);
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
            return form(readModels.newInitiativeForm(strategy.id(), viewer), form.withBlankRows(),
                    errorMessages.localise(e.fieldErrors(), locale), model);
        }
    }

    @GetMapping("/indsatser/{id}/rediger")
    String editForm(@PathVariable UUID id, Viewer viewer, Model model) {
        InitiativeFormPage page = readModels.initiativeForm(new InitiativeId(id), viewer); // 404, then 403, inside
        return form(page, InitiativeForm.of(page.initiative()).withBlankRows(), Map.of(), model);
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
            return form(readModels.initiativeForm(initiative.id(), viewer), form.withBlankRows(),
                    errorMessages.localise(e.fieldErrors(), locale), model);
        }
    }

    private String form(InitiativeFormPage page, InitiativeForm form, Map<String, String> errors, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "initiative/form";
    }
}
