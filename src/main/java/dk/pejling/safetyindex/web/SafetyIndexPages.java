package dk.pejling.safetyindex.web;

import dk.pejling.safetyindex.Area;
import dk.pejling.safetyindex.SafetyIndexReadModels;
import dk.pejling.shared.Viewer;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The safety index's pages: the comparison of areas with intervals and rank intervals, and one area's
 * values over time with the cells behind them, each read in one call of {@link SafetyIndexReadModels}.
 * Every page that shows a value computed from generated data says SYNTETISK.
 */
@Controller
class SafetyIndexPages {

    private final SafetyIndexReadModels readModels;

    SafetyIndexPages(SafetyIndexReadModels readModels) {
        this.readModels = readModels;
    }

    @GetMapping("/tryghed")
    String compare(@RequestParam(required = false) String method, @RequestParam(required = false) String period,
                   @RequestParam(required = false) Area.Kind kind, Viewer viewer, Model model, Locale locale) {
        model.addAttribute("page", readModels.compare(method, period, kind, locale, viewer));
        return "safetyindex/compare";
    }

    @GetMapping("/tryghed/omraader/{code}")
    String area(@PathVariable String code, @RequestParam(required = false) String method, Viewer viewer, Model model,
                Locale locale) {
        model.addAttribute("page", readModels.area(code, method, locale, viewer));
        return "safetyindex/area";
    }
}
