package dk.pejling.access.web;

import dk.pejling.access.Accounts;
import dk.pejling.access.PasswordChangeFilter;
import dk.pejling.access.UserSessions;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.web.FieldErrorMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user changes their own password; after an administrator's reset this page comes first. */
@Controller
class PasswordPage {

    private final Accounts accounts;
    private final FieldErrorMessages errorMessages;
    private final UserSessions sessions;

    PasswordPage(Accounts accounts, FieldErrorMessages errorMessages, UserSessions sessions) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.errorMessages = errorMessages;
    }

    @GetMapping("/adgangskode")
    String form(HttpServletRequest request, Model model) {
        model.addAttribute("errors", Map.of());
        model.addAttribute("forced", forced(request));
        return "access/password";
    }

    @PostMapping("/adgangskode")
    String change(@RequestParam Map<String, String> form, Viewer viewer, Locale locale, HttpServletRequest request,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            accounts.changePassword(viewer.userId(), form.get("currentPassword"), form.get("newPassword"),
                    form.get("repeatPassword"));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", errorMessages.localise(e.fieldErrors(), locale));
            model.addAttribute("forced", forced(request));
            return "access/password";
        }
        var session = request.getSession(false);
        PasswordChangeFilter.changed(session);
        // Whoever else knew the old password may be signed in elsewhere: those sessions end, this one stays.
        sessions.end(viewer.userId(), session == null ? null : session.getId());
        redirect.addFlashAttribute("message", "password.changed.others");
        return "redirect:/";
    }

    private static boolean forced(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.getAttribute(PasswordChangeFilter.MUST_CHANGE) != null;
    }
}
