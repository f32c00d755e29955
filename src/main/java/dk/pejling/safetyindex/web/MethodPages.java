package dk.pejling.safetyindex.web;

import dk.pejling.safetyindex.MethodInUseException;
import dk.pejling.safetyindex.MethodPage;
import dk.pejling.safetyindex.MethodVersion;
import dk.pejling.safetyindex.SafetyIndexPermissions;
import dk.pejling.safetyindex.SafetyIndexReadModels;
import dk.pejling.safetyindex.SafetyIndexService;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.web.FieldErrorMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The method in plain language, and for editors the form that creates a method version from its
 * document (YAML or JSON), as the API does: a version no value uses yet may be replaced, one in use not.
 * The page is read in one call of {@link SafetyIndexReadModels}; the model's other attributes are the form's
 * document and its errors.
 */
@Controller
class MethodPages {

    private final SafetyIndexService service;
    private final SafetyIndexReadModels readModels;
    private final FieldErrorMessages errorMessages;
    private final MessageSource messages;
    private final SafetyIndexPermissions permissions;

    MethodPages(SafetyIndexService service, SafetyIndexReadModels readModels, FieldErrorMessages errorMessages,
                MessageSource messages, SafetyIndexPermissions permissions) {
        this.permissions = permissions;
        this.service = service;
        this.readModels = readModels;
        this.errorMessages = errorMessages;
        this.messages = messages;
    }

    @GetMapping("/tryghed/metode")
    String method(@RequestParam(required = false) String version, Viewer viewer, Model model) {
        return page(readModels.method(version, viewer), Map.of(), null, false, model);
    }

    @PostMapping("/tryghed/metode")
    String create(@RequestParam(required = false) String document, @RequestParam(defaultValue = "false") boolean publicIndex,
                  Viewer viewer, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        permissions.requireMaintainIndex(viewer); // refuse before reading the form
        try {
            MethodVersion saved = service.saveMethod(document, publicIndex, viewer);
            redirect.addFlashAttribute("message", "safetyindex.methodForm.saved");
            return "redirect:/tryghed/metode?version=" + java.net.URLEncoder.encode(saved.version(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach((field, message) -> errors.put(field, message.startsWith("cannot be read")
                    ? messages.getMessage("safetyindex.methodForm.unreadable", new Object[] {message.substring(message.indexOf(':') + 1).strip()}, locale)
                    : errorMessages.localise(Map.of(field, message), locale).get(field)));
            return page(readModels.methodForm(viewer), errors, document, publicIndex, model);
        } catch (MethodInUseException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(readModels.methodForm(viewer),
                    Map.of("document", messages.getMessage("safetyindex.methodForm.inUse", null, locale)), document,
                    publicIndex, model);
        }
    }

    /**
     * @param document the document the form sent, null: show the version's own
     */
    private static String page(MethodPage page, Map<String, String> errors, String document, boolean publicIndex,
                               Model model) {
        MethodVersion shown = page.method();
        model.addAttribute("page", page);
        model.addAttribute("errors", errors);
        model.addAttribute("document", document != null ? document : shown == null ? "" : shown.document());
        model.addAttribute("publicIndex", document != null ? publicIndex : shown != null && shown.publicIndex());
        return "safetyindex/method";
    }
}
