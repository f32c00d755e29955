package dk.pejling.access.web;

import dk.pejling.access.Accounts;
import dk.pejling.access.PasswordChangeFilter;
import dk.pejling.access.UserSessions;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.web.FormOutcome;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user changes their own password; after an administrator's reset this page comes first. */
@Controller
class PasswordPage {

    private final Accounts access;
    private final FormOutcome forms;
    private final UserSessions sessions;

    PasswordPage(Accounts access, FormOutcome forms, UserSessions sessions) {
        this.sessions = sessions;
        this.access = access;
        this.forms = forms;
    }

    @GetMapping("/adgangskode")
    String form(HttpServletRequest request, Model model) {
        model.addAttribute("errors", Map.of());
        model.addAttribute("forced", forced(request));
        return "access/password";
    }

    /** The form's fields; the password policy is the access module's, checked when the password is changed. */
    record PasswordCommand(String currentPassword, String newPassword, String repeatPassword) {
    }

    @PostMapping("/adgangskode")
    String change(PasswordCommand command, BindingResult binding, Viewer viewer, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        return forms.render(binding, () -> {
            access.changePassword(viewer.userId(), command.currentPassword(), command.newPassword(), command.repeatPassword());
            var session = request.getSession(false);
            PasswordChangeFilter.changed(session);
            // Whoever else knew the old password may be signed in elsewhere: those sessions end, this one stays.
            sessions.end(viewer.userId(), session == null ? null : session.getId());
            redirect.addFlashAttribute("message", "password.changed.others");
            return "redirect:/";
        }, refusal -> {
            model.addAttribute("errors", refusal.errors());
            model.addAttribute("forced", forced(request));
            return "access/password";
        });
    }

    private static boolean forced(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.getAttribute(PasswordChangeFilter.MUST_CHANGE) != null;
    }
}
