package dk.pejling.portal.web;

import dk.pejling.portal.PortalProperties;
import dk.pejling.portal.PortalReadModels;
import dk.pejling.portal.PublicData;
import dk.pejling.portal.PublicViews;
import dk.pejling.shared.SiteProperties;
import dk.pejling.strategy.LifecycleStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's pages. Each is rendered from {@link PublicData}'s views only, the same for every
 * visitor (no signed-in state in the layout), so a page that is right for the public is right for all.
 * Each page's data is one call: of {@link PortalReadModels} where the page reads more than one thing.
 */
@Controller
class PortalPages {

    /** The pages every public site must have, by their Danish path, with their message prefix. */
    static final Map<String, String> INFO_PAGES = Map.of(
            "tilgaengelighed", "portal.accessibility", "om-data", "portal.method",
            "privatliv", "portal.privacy", "kontakt", "portal.contact");

    private final PublicData data;
    private final PortalReadModels readModels;
    private final PortalProperties properties;
    private final SiteProperties site;
    private final org.springframework.context.MessageSource messages;

    PortalPages(PublicData data, PortalReadModels readModels, PortalProperties properties, SiteProperties site,
                org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.data = data;
        this.readModels = readModels;
        this.properties = properties;
        this.site = site;
    }

    @GetMapping("/portal")
    String index(@RequestParam(required = false) String theme, @RequestParam(required = false) UUID organisation,
                 @RequestParam(required = false) LifecycleStatus status, @RequestParam(required = false) Integer year,
                 Model model) {
        model.addAttribute("page", readModels.frontPage(theme, organisation, status, year));
        return "portal/index";
    }

    @GetMapping("/portal/strategier/{strategy}")
    String strategy(@PathVariable String strategy, Locale locale, Model model, HttpServletResponse response) {
        PublicViews.StrategyPage page = data.strategy(strategy, locale);
        model.addAttribute("s", page);
        lastModified(response, page.lastModified());
        return "portal/strategy";
    }

    @GetMapping("/portal/maal/{goal}")
    String goal(@PathVariable UUID goal, @RequestParam(required = false) Integer year, Locale locale, Model model,
                HttpServletResponse response) {
        PublicViews.GoalPage page = data.goal(goal, year, locale);
        model.addAttribute("g", page);
        lastModified(response, page.lastModified());
        return "portal/goal";
    }

    @GetMapping("/portal/indikatorer/{indicator}")
    String indicator(@PathVariable UUID indicator, Locale locale, Model model, HttpServletResponse response) {
        PublicViews.IndicatorItem item = data.indicator(indicator, locale);
        model.addAttribute("i", item);
        lastModified(response, item.lastModified());
        return "portal/indicator";
    }

    @GetMapping({"/portal/tilgaengelighed", "/portal/om-data", "/portal/privatliv", "/portal/kontakt"})
    String info(jakarta.servlet.http.HttpServletRequest request, Locale locale, Model model) {
        String path = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        String page = INFO_PAGES.get(path);
        model.addAttribute("page", page);
        model.addAttribute("pageTitle", messages.getMessage(page + ".title", null, locale));
        model.addAttribute("pageIntro", messages.getMessage(page + ".intro", new Object[] {site.name()}, locale));
        model.addAttribute("portal", properties);
        model.addAttribute("siteName", site.name());
        return "portal/info";
    }

    /**
     * When the data shown last changed. Sent for caches and crawlers; revalidation itself goes by the
     * ETag (a hash of the page), which also changes when a record is deleted or the language differs.
     */
    static void lastModified(HttpServletResponse response, Instant when) {
        if (when != null) {
            response.setDateHeader("Last-Modified", when.toEpochMilli());
        }
    }
}
