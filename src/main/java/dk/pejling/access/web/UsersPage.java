package dk.pejling.access.web;

import dk.pejling.access.Role;
import dk.pejling.access.UserAdministration;
import dk.pejling.organisation.Organisation;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.web.FieldErrorMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Brugere": administrators list and create accounts, reset passwords and lift lockouts. */
@Controller
class UsersPage {

    private final UserAdministration users;
    private final OrganisationService organisations;
    private final FieldErrorMessages errorMessages;

    UsersPage(UserAdministration users, OrganisationService organisations, FieldErrorMessages errorMessages) {
        this.users = users;
        this.organisations = organisations;
        this.errorMessages = errorMessages;
    }

    @GetMapping("/brugere")
    String list(Viewer viewer, Model model) {
        return page(viewer, Map.of(), Map.of(), model);
    }

    @PostMapping("/brugere")
    String create(@RequestParam MultiValueMap<String, String> form, Viewer viewer, Locale locale, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            var created = users.create(form.getFirst("username"), form.getFirst("displayName"), form.getFirst("email"),
                    organisation(form.getFirst("organisationId")), roles(form.get("roles")), form.getFirst("password"),
                    viewer);
            redirect.addFlashAttribute("message", "users.created");
            redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
            return "redirect:/brugere";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(viewer, form.toSingleValueMap(), errorMessages.localise(e.fieldErrors(), locale), model);
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

    private String page(Viewer viewer, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("users", users.list(viewer));
        model.addAttribute("coordinated", users.coordinatedStrategies(viewer));
        List<Organisation> all = organisations.all();
        model.addAttribute("organisations", all);
        model.addAttribute("organisationNames", all.stream()
                .collect(Collectors.toMap(o -> o.id().value(), Organisation::name, (a, b) -> a)));
        model.addAttribute("roles", Role.values());
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
