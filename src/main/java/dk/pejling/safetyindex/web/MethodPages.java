package dk.pejling.safetyindex.web;

import dk.pejling.safetyindex.MethodInUseException;
import dk.pejling.safetyindex.MethodVersion;
import dk.pejling.safetyindex.SafetyIndexPermissions;
import dk.pejling.safetyindex.SafetyIndexService;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.web.FieldErrorMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
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
 */
@Controller
class MethodPages {

    private final SafetyIndexService service;
    private final FieldErrorMessages errorMessages;
    private final MessageSource messages;
    private final SafetyIndexPermissions permissions;

    MethodPages(SafetyIndexService service, FieldErrorMessages errorMessages, MessageSource messages,
                SafetyIndexPermissions permissions) {
        this.permissions = permissions;
        this.service = service;
        this.errorMessages = errorMessages;
        this.messages = messages;
    }

    @GetMapping("/tryghed/metode")
    String method(@RequestParam(required = false) String version, Viewer viewer, Model model) {
        return page(version, Map.of(), null, false, viewer, model);
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
            return page(null, errors, document, publicIndex, viewer, model);
        } catch (MethodInUseException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(null, Map.of("document", messages.getMessage("safetyindex.methodForm.inUse", null, locale)), document,
                    publicIndex, viewer, model);
        }
    }

    private String page(String version, Map<String, String> errors, String document, boolean publicIndex, Viewer viewer,
                        Model model) {
        List<MethodVersion> methods = service.methods(viewer);
        MethodVersion chosen = SafetyIndexPages.pick(methods, version).orElse(null);
        if (chosen == null && (errors.isEmpty() || version != null)) {
            throw new NotFoundException("Method version", version);
        }
        boolean canCreate = permissions.mayMaintainIndex(viewer);
        model.addAttribute("methods", methods);
        model.addAttribute("method", chosen);
        model.addAttribute("doc", chosen == null ? null : chosen.method());
        model.addAttribute("canCreate", canCreate);
        model.addAttribute("errors", errors);
        model.addAttribute("document", document != null ? document : chosen == null ? "" : chosen.document());
        model.addAttribute("publicIndex", document != null ? publicIndex : chosen != null && chosen.publicIndex());
        return "safetyindex/method";
    }
}
