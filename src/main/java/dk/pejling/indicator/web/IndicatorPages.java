package dk.pejling.indicator.web;

import dk.pejling.indicator.Indicator;
import dk.pejling.indicator.IndicatorId;
import dk.pejling.indicator.IndicatorPermissions;
import dk.pejling.indicator.IndicatorReadModels;
import dk.pejling.indicator.IndicatorService;
import dk.pejling.indicator.MeasurementService;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.web.FormOutcome;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An indicator's page: facts, chart with its data table, verdicts, values with history, and entry forms. */
@Controller
class IndicatorPages {

    private final IndicatorService indicators;
    private final MeasurementService measurements;
    private final IndicatorReadModels readModels;
    private final IndicatorPermissions permissions;
    private final FormOutcome forms;

    IndicatorPages(IndicatorService indicators, MeasurementService measurements, IndicatorReadModels readModels,
                   IndicatorPermissions permissions, FormOutcome forms) {
        this.indicators = indicators;
        this.measurements = measurements;
        this.readModels = readModels;
        this.permissions = permissions;
        this.forms = forms;
    }

    @GetMapping("/indikatorer/{id}")
    String show(@PathVariable UUID id, Viewer viewer, Model model) {
        return page(new IndicatorId(id), Map.of(), Map.of(), viewer, model);
    }

    @PostMapping("/indikatorer/{id}/maalinger")
    String add(@PathVariable UUID id, @Valid MeasurementCommand command, BindingResult binding, Viewer viewer, Model model,
               RedirectAttributes redirect) {
        Indicator indicator = indicators.get(new IndicatorId(id), viewer);
        permissions.requireEnterData(indicator, viewer); // before the form's errors: who may not, learns nothing from them
        return forms.render(binding, () -> {
            measurements.add(indicator.id(), command.toInput(), viewer);
            redirect.addFlashAttribute("message", "indicator.valueSaved");
            return "redirect:/indikatorer/" + id + "#vaerdier";
        }, refusal -> page(indicator.id(), refusal.errors(), refusal.typed(), viewer, model));
    }

    /**
     * Which value a correction replaces; the new value itself is a {@link MeasurementCommand}.
     *
     * @param indicatorId the indicator the form was shown for: a missing or malformed id is a measurement we cannot find
     * @param version     the measurement's version as the user saw it
     */
    record CorrectionCommand(String indicatorId, Long version, String reason) {

        IndicatorId indicator(UUID measurementId) {
            try {
                return new IndicatorId(UUID.fromString(indicatorId == null ? "" : indicatorId));
            } catch (IllegalArgumentException e) {
                throw new NotFoundException("measurement", measurementId);
            }
        }
    }

    @PostMapping("/maalinger/{measurementId}/ret")
    String correct(@PathVariable UUID measurementId, CorrectionCommand correction, BindingResult correctionBinding,
                   @Valid MeasurementCommand command, BindingResult binding, Viewer viewer, Model model,
                   RedirectAttributes redirect) {
        Indicator indicator = indicators.get(correction.indicator(measurementId), viewer);
        permissions.requireEnterData(indicator, viewer); // before the form's errors: who may not, learns nothing from them
        return forms.render(binding, () -> {
            FormOutcome.requireValid(correctionBinding);
            measurements.correct(measurementId, correction.version() == null ? -1 : correction.version(), command.toInput(),
                    correction.reason(), viewer);
            redirect.addFlashAttribute("message", "indicator.valueCorrected");
            return "redirect:/indikatorer/" + indicator.id().value() + "#vaerdier";
        }, refusal -> {
            Map<String, String> errors = new LinkedHashMap<>(); // the correction form's fields, beside the entry form's
            refusal.errors().forEach((k, v) -> errors.put("correction." + k, v));
            return page(indicator.id(), errors, refusal.typed(), viewer, model);
        });
    }

    private String page(IndicatorId id, Map<String, String> errors, Map<String, String> form, Viewer viewer, Model model) {
        model.addAttribute("page", readModels.indicatorPage(id, LocaleContextHolder.getLocale(), viewer));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return "indicator/show";
    }
}
