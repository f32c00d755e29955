package dk.pejling.access.web;

import dk.pejling.access.AccessTokens;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.web.FieldErrorMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Mine API-nøgler": the user's personal API tokens; a new token's secret is shown once, right after. */
@Controller
class MyTokensPage {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private final AccessTokens accessTokens;
    private final FieldErrorMessages errorMessages;
    private final java.time.Clock clock;

    MyTokensPage(AccessTokens accessTokens, FieldErrorMessages errorMessages, java.time.Clock clock) {
        this.accessTokens = accessTokens;
        this.errorMessages = errorMessages;
        this.clock = clock;
    }

    @GetMapping("/mine-api-noegler")
    String list(Viewer viewer, Model model) {
        return page(viewer, Map.of(), Map.of(), model);
    }

    @PostMapping("/mine-api-noegler")
    String create(@RequestParam Map<String, String> form, Viewer viewer, Locale locale, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            var issued = accessTokens.issueToken(viewer.userId(), form.get("name"), expiry(form.get("expiresOn")));
            // A flash attribute lives for exactly the next request: the secret is shown once.
            redirect.addFlashAttribute("newSecret", issued.secret());
            redirect.addFlashAttribute("newName", issued.token().name());
            return "redirect:/mine-api-noegler";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(viewer, form, errorMessages.localise(e.fieldErrors(), locale), model);
        }
    }

    @PostMapping("/mine-api-noegler/{id}/tilbagekald")
    String revoke(@PathVariable UUID id, Viewer viewer, RedirectAttributes redirect) {
        accessTokens.revokeToken(viewer.userId(), id);
        redirect.addFlashAttribute("message", "tokens.revoked");
        return "redirect:/mine-api-noegler";
    }

    private String page(Viewer viewer, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("tokens", accessTokens.tokensOf(viewer.userId()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "access/tokens";
    }

    /** A date means: valid through that day in Denmark. */
    private static java.time.Instant expiry(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip()).plusDays(1).atStartOfDay(DENMARK).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("expiresOn", "has an invalid value");
        }
    }
}
