package dk.pejling.access;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * OpenID Connect login, on when {@code PEJLING_OIDC_ISSUER} is set. Identity providers and brokers
 * (municipal SSO, NemLog-in, MitID Erhverv, AD FS) name their claims differently, so which claim
 * holds what, and how claim values become Pejling organisations and roles, is configuration.
 *
 * @param issuer              the issuer URL; its {@code /.well-known/openid-configuration} is read
 * @param label               the provider's name on the "Log ind med …" button
 * @param usernameClaim       the claim with the user name (default {@code preferred_username})
 * @param organisationMapping {@code claimValue=<organisation id or name>;…}; values not listed are
 *                            matched to an organisation by id or exact name
 * @param roleMapping         {@code claimValue=ROLE;…}
 */
@ConfigurationProperties("pejling.oidc")
public record OidcSettings(String issuer, String clientId, String clientSecret, String label, String scopes,
                           String usernameClaim, String nameClaim, String emailClaim, String organisationClaim,
                           String organisationMapping, String rolesClaim, String roleMapping) {

    static final String REGISTRATION_ID = "oidc";

    public OidcSettings {
        issuer = blankToNull(issuer);
        label = orDefault(label, "single sign-on");
        scopes = orDefault(scopes, "openid,profile,email");
        usernameClaim = orDefault(usernameClaim, "preferred_username");
        nameClaim = orDefault(nameClaim, "name");
        emailClaim = orDefault(emailClaim, "email");
        organisationClaim = orDefault(organisationClaim, "organisation");
        rolesClaim = orDefault(rolesClaim, "roles");
        roleMapping = orDefault(roleMapping, "pejling-admin=ADMIN;pejling-editor=EDITOR;pejling-reader=READER");
    }

    public boolean enabled() {
        return issuer != null;
    }

    /** Claim value → organisation id or name. */
    Map<String, String> organisations() {
        return pairs(organisationMapping);
    }

    /** Claim value → role; an unknown role name fails at start-up rather than at someone's login. */
    Map<String, Role> roles() {
        Map<String, Role> result = new LinkedHashMap<>();
        pairs(roleMapping).forEach((claim, role) -> result.put(claim, Role.valueOf(role.toUpperCase(Locale.ROOT))));
        return result;
    }

    private static Map<String, String> pairs(String mapping) {
        Map<String, String> result = new LinkedHashMap<>();
        if (mapping == null) {
            return result;
        }
        for (String pair : mapping.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                result.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            } else if (!pair.isBlank()) {
                throw new IllegalArgumentException("Mapping entry '" + pair.strip() + "' is not claimValue=target");
            }
        }
        return result;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
