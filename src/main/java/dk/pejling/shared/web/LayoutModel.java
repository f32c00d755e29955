package dk.pejling.shared.web;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/** Values the shared layout needs on every page. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    /** What the menu offers the viewer: each link leads to a page the viewer may open. */
    @ModelAttribute("menu")
    Menu menu(dk.pejling.shared.Viewer viewer) {
        return new Menu(viewer.isAdmin() || viewer.isEditor(), viewer.holdsEditingRole(), viewer.isAdmin());
    }

    record Menu(boolean newStrategy, boolean importMeasurements, boolean admin) {
    }

    /** The current page in the other language, keeping its filters. */
    @ModelAttribute("otherLanguageUrl")
    String otherLanguageUrl(Locale locale) {
        String other = "en".equals(locale.getLanguage()) ? "da" : "en";
        // Built from the request's own (already encoded) URL, so path and query stay encoded.
        UriComponents url = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("lang", other).build();
        return url.getPath() + "?" + url.getQuery();
    }
}
