package dk.pejling.portal.web;

import dk.pejling.portal.PublicData;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Cards for other sites to embed in an iframe: rendered on the server, no JavaScript, one small
 * stylesheet, a link back to the full page. Only public records (the same {@link PublicData} as the
 * pages), so an unpublished goal cannot be embedded. Who may frame them is {@link EmbedSecurity}'s.
 */
@Controller
class EmbedCards {

    private final PublicData data;

    EmbedCards(PublicData data) {
        this.data = data;
    }

    @GetMapping("/portal/embed/maal/{goal}")
    String goal(@PathVariable UUID goal, Locale locale, Model model) {
        model.addAttribute("g", data.goal(goal, null, locale));
        return "portal/embed-goal";
    }

    @GetMapping("/portal/embed/indikatorer/{indicator}")
    String indicator(@PathVariable UUID indicator, Locale locale, Model model) {
        model.addAttribute("i", data.indicator(indicator, locale));
        return "portal/embed-indicator";
    }
}
