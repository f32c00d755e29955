package dk.pejling.indicator.web;

import dk.pejling.indicator.Direction;
import dk.pejling.indicator.Frequency;
import dk.pejling.indicator.Indicator;
import dk.pejling.indicator.IndicatorFormPage;
import dk.pejling.indicator.IndicatorId;
import dk.pejling.indicator.IndicatorPermissions;
import dk.pejling.indicator.IndicatorReadModels;
import dk.pejling.indicator.IndicatorService;
import dk.pejling.indicator.TargetKind;
import dk.pejling.indicator.Unit;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.Visibility;
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

/** Create and edit indicators with their goals, baselines and targets. */
@Controller
class IndicatorFormPages {

    private final IndicatorService indicators;
    private final StrategyService strategies;
    private final IndicatorReadModels readModels;
    private final IndicatorPermissions permissions;
    private final FieldErrorMessages errorMessages;

    IndicatorFormPages(IndicatorService indicators, StrategyService strategies, IndicatorReadModels readModels,
                       IndicatorPermissions permissions, FieldErrorMessages errorMessages) {
        this.indicators = indicators;
        this.permissions = permissions;
        this.strategies = strategies;
        this.readModels = readModels;
        this.errorMessages = errorMessages;
    }

    @GetMapping("/strategier/{id}/indikatorer/ny")
    String newForm(@PathVariable UUID id, Viewer viewer, Model model) {
        return form(readModels.newIndicatorForm(new StrategyId(id), viewer), new IndicatorForm().withBlankRows(), Map.of(),
                model); // 404, then 403, inside
    }

    @PostMapping("/strategier/{id}/indikatorer/ny")
    String create(@PathVariable UUID id, @ModelAttribute("form") IndicatorForm form, BindingResult binding, Viewer viewer,
                  Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Strategy strategy = strategies.get(new StrategyId(id), viewer);
        permissions.requireDefineFor(id, viewer); // refuse before reading the form: who may not, learns nothing from field errors
        try {
            FormOutcome.requireValid(binding);
            Indicator created = indicators.create(form.toDetails(null), null, viewer);
            redirect.addFlashAttribute("message", "strategy.saved");
            return "redirect:/indikatorer/" + created.id().value();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(readModels.newIndicatorForm(strategy.id(), viewer), form.withBlankRows(),
                    errorMessages.localise(e.fieldErrors(), locale), model);
        }
    }

    @GetMapping("/indikatorer/{id}/rediger")
    String editForm(@PathVariable UUID id, Viewer viewer, Model model) {
        IndicatorFormPage page = readModels.indicatorForm(new IndicatorId(id), viewer); // 404, then 403, inside
        return form(page, IndicatorForm.of(page.indicator()).withBlankRows(), Map.of(), model);
    }

    @PostMapping("/indikatorer/{id}/rediger")
    String update(@PathVariable UUID id, @ModelAttribute("form") IndicatorForm form, BindingResult binding, Viewer viewer,
                  Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Indicator indicator = indicators.get(new IndicatorId(id), viewer);
        permissions.requireDefine(indicator.goals(), viewer); // refuse before reading the form: who may not, learns nothing from field errors
        try {
            FormOutcome.requireValid(binding);
            indicators.update(indicator.id(), form.getVersion() == null ? -1 : form.getVersion(), form.toDetails(indicator), viewer);
            redirect.addFlashAttribute("message", "strategy.saved");
            return "redirect:/indikatorer/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(readModels.indicatorForm(indicator.id(), viewer), form.withBlankRows(),
                    errorMessages.localise(e.fieldErrors(), locale), model);
        }
    }

    private String form(IndicatorFormPage page, IndicatorForm form, Map<String, String> errors, Model model) {
        model.addAttribute("strategy", page.strategy());
        model.addAttribute("indicator", page.indicator());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("goalOptions", page.goalOptions());
        model.addAttribute("units", Unit.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("kinds", TargetKind.values());
        model.addAttribute("visibilities", Visibility.values());
        return "indicator/form";
    }


}
