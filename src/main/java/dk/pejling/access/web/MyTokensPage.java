package dk.pejling.access.web;

import dk.pejling.access.AccessTokens;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.web.FormOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Mine API-nøgler": the user's personal API tokens; a new token's secret is shown once, right after. */
@Controller
class MyTokensPage {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private final AccessTokens access;
    private final FormOutcome forms;
    private final java.time.Clock clock;

    MyTokensPage(AccessTokens access, FormOutcome forms, java.time.Clock clock) {
        this.access = access;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/mine-api-noegler")
    String list(Viewer viewer, Model model) {
        return page(viewer, Map.of(), Map.of(), model);
    }

    /**
     * A new token: its name, and the last day it is valid (empty: until it is revoked).
     *
     * @param expiresOn valid through that day in Denmark
     */
    record TokenCommand(String name, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {

        Instant expiry() {
            return expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(DENMARK).toInstant();
        }
    }

    @PostMapping("/mine-api-noegler")
    String create(TokenCommand command, BindingResult binding, Viewer viewer, Model model, RedirectAttributes redirect) {
        return forms.render(binding, () -> {
            var issued = access.issueToken(viewer.userId(), command.name(), command.expiry());
            // A flash attribute lives for exactly the next request: the secret is shown once.
            redirect.addFlashAttribute("newSecret", issued.secret());
            redirect.addFlashAttribute("newName", issued.token().name());
            return "redirect:/mine-api-noegler";
        }, refusal -> page(viewer, refusal.typed(), refusal.errors(), model));
    }

    @PostMapping("/mine-api-noegler/{id}/tilbagekald")
    String revoke(@PathVariable UUID id, Viewer viewer, RedirectAttributes redirect) {
        access.revokeToken(viewer.userId(), id);
        redirect.addFlashAttribute("message", "tokens.revoked");
        return "redirect:/mine-api-noegler";
    }

    private String page(Viewer viewer, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("tokens", access.tokensOf(viewer.userId()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "access/tokens";
    }
}
