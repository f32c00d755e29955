package dk.pejling.portal.web;

import dk.pejling.portal.PublicSafetyIndex;
import dk.pejling.safetyindex.Area;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The safety index on the portal: the areas compared, each index with its interval drawn as a band, and
 * an area's values over time. Rendered from {@link PublicSafetyIndex} only: public method versions,
 * hidden values as their reason in words, SYNTETISK where the data is generated, the sources named.
 */
@Controller
class SafetyIndexPortalPages {

    private final PublicSafetyIndex index;
    private final MessageSource messages;

    SafetyIndexPortalPages(PublicSafetyIndex index, MessageSource messages) {
        this.index = index;
        this.messages = messages;
    }

    @GetMapping("/portal/tryghed")
    String compare(@RequestParam(required = false) String method, @RequestParam(required = false) String period,
                   @RequestParam(required = false) Area.Kind kind, Locale locale, Model model) {
        model.addAttribute("c", index.comparison(method, period, kind).orElse(null));
        model.addAttribute("methods", index.methodVersions());
        model.addAttribute("kindLabels", kindLabels(locale));
        model.addAttribute("why", reasons(locale));
        return "portal/safety";
    }

    @GetMapping("/portal/tryghed/omraader/{code}")
    String area(@PathVariable String code, Locale locale, Model model) {
        PublicSafetyIndex.AreaPage page = index.area(code);
        model.addAttribute("a", page);
        model.addAttribute("kindLabel", kindLabels(locale).get(page.area().kind()));
        model.addAttribute("why", reasons(locale));
        return "portal/safety-area";
    }

    private java.util.Map<Area.Kind, String> kindLabels(Locale locale) {
        java.util.Map<Area.Kind, String> labels = new java.util.EnumMap<>(Area.Kind.class);
        for (Area.Kind k : Area.Kind.values()) {
            labels.put(k, messages.getMessage("safetyindex.kind." + k.name(), null, k.name(), locale));
        }
        return labels;
    }

    /** "N_TOO_SMALL: n = 32 < 50" → "For få svar (n = 32 < 50)". */
    private Function<String, String> reasons(Locale locale) {
        return stored -> {
            int colon = stored.indexOf(':');
            String code = colon < 0 ? stored : stored.substring(0, colon);
            String detail = colon < 0 ? "" : stored.substring(colon + 1).strip();
            String words = messages.getMessage("safetyindex.suppressed." + code, null,
                    messages.getMessage("portal.safety.hidden", null, locale), locale);
            for (dk.pejling.safetyindex.Suppression.Reason reason : dk.pejling.safetyindex.Suppression.Reason.values()) {
                // the reason of a hidden indicator inside the reason of a hidden index, in words too
                detail = detail.replace(reason.name() + ":", messages.getMessage("safetyindex.suppressed." + reason.name(),
                        null, reason.name(), locale) + ":");
            }
            return detail.isEmpty() ? words : words + " (" + detail + ")";
        };
    }
}
