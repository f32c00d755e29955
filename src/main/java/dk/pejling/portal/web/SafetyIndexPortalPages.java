package dk.pejling.portal.web;

import dk.pejling.portal.PortalReadModels;
import dk.pejling.portal.PublicSafetyIndex;
import dk.pejling.safetyindex.Area;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The safety index on the portal: the areas compared, each index with its interval drawn as a band, and
 * an area's values over time, each read in one call of {@link PortalReadModels}. Rendered from
 * {@link PublicSafetyIndex} only: public method versions, hidden values as their reason in words, SYNTETISK
 * where the data is generated, the sources named.
 */
@Controller
class SafetyIndexPortalPages {

    private final PortalReadModels readModels;

    SafetyIndexPortalPages(PortalReadModels readModels) {
        this.readModels = readModels;
    }

    @GetMapping("/portal/tryghed")
    String compare(@RequestParam(required = false) String method, @RequestParam(required = false) String period,
                   @RequestParam(required = false) Area.Kind kind, Locale locale, Model model) {
        model.addAttribute("page", readModels.safetyComparison(method, period, kind, locale));
        return "portal/safety";
    }

    @GetMapping("/portal/tryghed/omraader/{code}")
    String area(@PathVariable String code, Locale locale, Model model) {
        model.addAttribute("page", readModels.safetyArea(code, locale));
        return "portal/safety-area";
    }
}
