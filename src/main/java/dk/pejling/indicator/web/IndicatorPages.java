package dk.pejling.indicator.web;

import dk.pejling.indicator.AttainmentService;
import dk.pejling.indicator.Indicator;
import dk.pejling.indicator.IndicatorChart;
import dk.pejling.indicator.IndicatorId;
import dk.pejling.indicator.IndicatorService;
import dk.pejling.indicator.IndicatorVerdict;
import dk.pejling.indicator.IndicatorWords;
import dk.pejling.indicator.Measurement;
import dk.pejling.indicator.MeasurementInput;
import dk.pejling.indicator.MeasurementPeriod;
import dk.pejling.indicator.MeasurementService;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.web.FieldErrorMessages;
import dk.pejling.strategy.GoalId;
import dk.pejling.strategy.GoalService;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An indicator's page: facts, chart with its data table, verdicts, values with history, and entry forms. */
@Controller
class IndicatorPages {

    private final IndicatorService indicators;
    private final MeasurementService measurements;
    private final GoalService goals;
    private final FieldErrorMessages errorMessages;
    private final IndicatorWords words;

    IndicatorPages(IndicatorService indicators, MeasurementService measurements, GoalService goals,
                   FieldErrorMessages errorMessages, IndicatorWords words) {
        this.words = words;
        this.indicators = indicators;
        this.measurements = measurements;
        this.goals = goals;
        this.errorMessages = errorMessages;
    }

    @GetMapping("/indikatorer/{id}")
    String show(@PathVariable UUID id, Viewer viewer, Model model) {
        return page(indicators.get(new IndicatorId(id), viewer), Map.of(), Map.of(), viewer, model);
    }

    @PostMapping("/indikatorer/{id}/maalinger")
    String add(@PathVariable UUID id, @RequestParam Map<String, String> form, Viewer viewer, Model model, Locale locale,
               RedirectAttributes redirect, HttpServletResponse response) {
        Indicator indicator = indicators.get(new IndicatorId(id), viewer);
        Viewer.require(indicators.mayEnterData(indicator, viewer)); // refuse before reading the form: who may not, learns nothing from field errors
        try {
            measurements.add(indicator.id(), input(form), viewer);
            redirect.addFlashAttribute("message", "indicator.valueSaved");
            return "redirect:/indikatorer/" + id + "#vaerdier";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(indicator, errorMessages.localise(e.fieldErrors(), locale), form, viewer, model);
        }
    }

    @PostMapping("/maalinger/{measurementId}/ret")
    String correct(@PathVariable UUID measurementId, @RequestParam Map<String, String> form, Viewer viewer, Model model,
                   Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        // the form names the indicator; a missing or malformed id is a measurement we cannot find, not an error
        UUID indicatorId;
        try {
            indicatorId = UUID.fromString(form.getOrDefault("indicatorId", ""));
        } catch (IllegalArgumentException e) {
            throw new dk.pejling.shared.NotFoundException("measurement", measurementId);
        }
        Indicator indicator = indicators.get(new IndicatorId(indicatorId), viewer);
        Viewer.require(indicators.mayEnterData(indicator, viewer)); // refuse before reading the form: who may not, learns nothing from field errors
        try {
            measurements.correct(measurementId, Long.parseLong(form.getOrDefault("version", "-1")), input(form),
                    form.get("reason"), viewer);
            redirect.addFlashAttribute("message", "indicator.valueCorrected");
            return "redirect:/indikatorer/" + indicator.id().value() + "#vaerdier";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach((k, v) -> errors.put("correction." + k, v));
            return page(indicator, errorMessages.localise(errors, locale), form, viewer, model);
        }
    }

    private String page(Indicator indicator, Map<String, String> errors, Map<String, String> form, Viewer viewer, Model model) {
        List<Measurement> current = measurements.list(indicator.id(), false, viewer);
        List<Measurement> all = measurements.list(indicator.id(), true, viewer);
        model.addAttribute("indicator", indicator);
        model.addAttribute("current", current);
        model.addAttribute("history", all.stream().filter(m -> !m.current()).toList());
        model.addAttribute("chart", IndicatorChart.svg(indicator, current, words.in(LocaleContextHolder.getLocale()), "chart-" + indicator.id().value()));
        model.addAttribute("verdicts", IndicatorVerdict.of(indicator.facts(), current.stream().map(Measurement::asValue).toList()));
        model.addAttribute("goals", indicator.goals().stream().map(l -> {
            try {
                return goals.get(new GoalId(l.goalId()), viewer);
            } catch (RuntimeException e) {
                return null;
            }
        }).filter(java.util.Objects::nonNull).toList());
        model.addAttribute("steps", indicator.targetSpecs().stream().map(t -> t.step()).filter(java.util.Objects::nonNull).distinct().toList());
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        model.addAttribute("danish", !"en".equals(LocaleContextHolder.getLocale().getLanguage())); // number format only
        model.addAttribute("canEdit", indicators.mayDefine(indicator.goals(), viewer));
        model.addAttribute("canEnterData", indicators.mayEnterData(indicator, viewer));
        return "indicator/show";
    }

    private static MeasurementInput input(Map<String, String> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        MeasurementPeriod period = null;
        try {
            period = MeasurementPeriod.of(form.get("period"));
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        BigDecimal value = number(form, "value", errors);
        Integer sample = form.get("sampleSize") == null || form.get("sampleSize").isBlank() ? null : integer(form, errors);
        BigDecimal low = number(form, "ciLow", errors);
        BigDecimal high = number(form, "ciHigh", errors);
        try {
            MeasurementInput in = new MeasurementInput(period, form.get("step"), value, sample, low, high, form.get("note"),
                    form.get("source"), form.get("evidenceUrl"), null);
            if (errors.isEmpty()) {
                return in;
            }
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
        }
        throw new InvalidInputException(errors);
    }

    /** Reads "5,7" (Danish) and "5.7" alike; thousands separators are not accepted in a form field. */
    private static BigDecimal number(Map<String, String> form, String field, Map<String, String> errors) {
        String raw = form.get(field);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(raw.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.put(field, "must be a number");
            return null;
        }
    }

    private static Integer integer(Map<String, String> form, Map<String, String> errors) {
        try {
            return Integer.valueOf(form.get("sampleSize").strip());
        } catch (NumberFormatException e) {
            errors.put("sampleSize", "must be a whole number");
            return null;
        }
    }
}
