package dk.pejling.access.web;

import dk.pejling.access.OidcSettings;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page: the local form, and a "Log ind med …" button when OpenID Connect is configured. */
@Controller
class LoginPage {

    /** The reasons OidcAccounts gives for refusing a login; anything else is shown as a general failure. */
    private static final Set<String> REFUSALS = Set.of("no_username", "no_organisation", "no_role", "username_taken",
            "disabled");

    private final OidcSettings oidc;

    LoginPage(OidcSettings oidc) {
        this.oidc = oidc;
    }

    @GetMapping("/login")
    String login(@RequestParam(name = "oidc", required = false) String refusal,
                 @RequestParam(name = "throttled", required = false) String throttled, Model model) {
        if (throttled != null && throttled.matches("\\d{1,5}")) {
            model.addAttribute("throttledSeconds", Integer.parseInt(throttled));
        }
        model.addAttribute("oidcEnabled", oidc.enabled());
        model.addAttribute("oidcLabel", oidc.label());
        if (refusal != null) {
            model.addAttribute("oidcRefusal", REFUSALS.contains(refusal) ? refusal : "failed");
        }
        return "access/login";
    }
}
