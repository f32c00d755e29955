package dk.pejling.access.web;

import dk.pejling.access.AccessReadModels;
import dk.pejling.access.Role;
import dk.pejling.access.UserAdministration;
import dk.pejling.access.UserEditPage;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.VersionConflictException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.web.FieldErrorMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Brugere": administrators list, create, edit, deactivate and reactivate accounts, reset passwords and lift
 * lockouts. Each page is read in one call of {@link AccessReadModels}; the model's other attributes are what
 * the administrator typed and its errors.
 */
@Controller
class UsersPage {

    private final UserAdministration users;
    private final AccessReadModels readModels;
    private final FieldErrorMessages errorMessages;

    UsersPage(UserAdministration users, AccessReadModels readModels, FieldErrorMessages errorMessages) {
        this.users = users;
        this.readModels = readModels;
        this.errorMessages = errorMessages;
    }

    /** The new-account form's fields, as sent; the password is never shown back. */
    record CreateForm(String username, String displayName, String email, String organisationId, List<String> roles,
                      String password) {

        static final CreateForm EMPTY = new CreateForm("", "", "", "", List.of(), null);

        /** Whether the role's box was ticked when the form was sent (so a refused form keeps it ticked). */
        public boolean hasRole(Role role) {
            return roles != null && roles.contains(role.name());
        }
    }

    @GetMapping("/brugere")
    String list(Viewer viewer, Model model) {
        return page(viewer, CreateForm.EMPTY, Map.of(), model);
    }

    @PostMapping("/brugere")
    String create(CreateForm form, Viewer viewer, Locale locale, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            var created = users.create(form.username(), form.displayName(), form.email(),
                    organisation(form.organisationId()), roles(form.roles()), form.password(), viewer);
            redirect.addFlashAttribute("message", "users.created");
            redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
            return "redirect:/brugere";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(viewer, form, errorMessages.localise(e.fieldErrors(), locale), model);
        }
    }

    @PostMapping("/brugere/{id}/nulstil")
    String reset(@PathVariable UUID id, @RequestParam(name = "revokeTokens", defaultValue = "false") boolean revokeTokens,
                 Viewer viewer, RedirectAttributes redirect) {
        var reset = users.resetPassword(id, null, revokeTokens, viewer);
        redirect.addFlashAttribute("message", "users.reset.ended");
        redirect.addFlashAttribute("temporaryPassword", reset.temporaryPassword());
        redirect.addFlashAttribute("resetUser", users.get(id, viewer).username());
        return "redirect:/brugere";
    }

    @PostMapping("/brugere/{id}/laas-op")
    String unlock(@PathVariable UUID id, Viewer viewer, RedirectAttributes redirect) {
        users.unlock(id, viewer);
        redirect.addFlashAttribute("message", "users.unthrottled");
        return "redirect:/brugere";
    }

    /** The edit form's fields, as sent; the version is the one the administrator read. */
    record EditForm(String displayName, String email, String organisationId, List<String> roles, String version) {
    }

    @GetMapping("/brugere/{id}/rediger")
    String editForm(@PathVariable UUID id, Viewer viewer, Model model) {
        UserEditPage page = readModels.userEdit(id, viewer);
        UserAdministration.Account account = page.account();
        return editPage(page, new EditForm(account.displayName(), account.email(),
                account.organisationId() == null ? "" : account.organisationId().toString(),
                account.roles().stream().map(Role::name).toList(), Long.toString(account.version())), Map.of(), model);
    }

    @PostMapping("/brugere/{id}/rediger")
    String edit(@PathVariable UUID id, EditForm form, Viewer viewer, Locale locale, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        try {
            users.edit(id, version(form.version()), form.displayName(), form.email(), organisation(form.organisationId()),
                    roles(form.roles()), viewer);
            redirect.addFlashAttribute("message", "users.edited");
            return "redirect:/brugere";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return editPage(readModels.userEdit(id, viewer), form, errorMessages.localise(e.fieldErrors(), locale), model);
        } catch (VersionConflictException e) {
            // Someone saved the account meanwhile: show what is stored now, and say so, rather than overwrite it.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", true);
            return editForm(id, viewer, model);
        }
    }

    @PostMapping("/brugere/{id}/deaktiver")
    String deactivate(@PathVariable UUID id, @RequestParam(name = "version", required = false) String version,
                      Viewer viewer, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return activation(id, version, false, viewer, locale, model, response, redirect);
    }

    @PostMapping("/brugere/{id}/genaktiver")
    String reactivate(@PathVariable UUID id, @RequestParam(name = "version", required = false) String version,
                      Viewer viewer, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return activation(id, version, true, viewer, locale, model, response, redirect);
    }

    private String activation(UUID id, String version, boolean active, Viewer viewer, Locale locale, Model model,
                              HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (active) {
                users.reactivate(id, version(version), viewer);
            } else {
                users.deactivate(id, version(version), viewer);
            }
            redirect.addFlashAttribute("message", active ? "users.reactivated" : "users.deactivated");
            return "redirect:/brugere";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("activationErrors", errorMessages.localise(e.fieldErrors(), locale));
            return editForm(id, viewer, model);
        } catch (VersionConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", true);
            return editForm(id, viewer, model);
        }
    }

    private static String editPage(UserEditPage page, EditForm form, Map<String, String> errors, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("form", form);
        model.addAttribute("selectedRoles", form.roles() == null ? List.of() : form.roles());
        model.addAttribute("errors", errors);
        return "access/user-edit";
    }

    /** A version that is not a number is one nobody read: the same answer as a stale one. */
    private static Long version(String raw) {
        try {
            return raw == null ? null : Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String page(Viewer viewer, CreateForm form, Map<String, String> errors, Model model) {
        model.addAttribute("page", readModels.users(viewer));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "access/users";
    }

    private static UUID organisation(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("organisationId", "has an invalid value");
        }
    }

    private static Set<Role> roles(List<String> raw) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (raw == null) {
            return roles;
        }
        try {
            raw.stream().filter(r -> !r.isBlank()).map(Role::valueOf).forEach(roles::add);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("roles", "has an invalid value");
        }
        return roles;
    }
}
