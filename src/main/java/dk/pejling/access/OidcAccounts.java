package dk.pejling.access;

import dk.pejling.access.store.UserRepository;
import dk.pejling.organisation.Organisation;
import dk.pejling.organisation.OrganisationService;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a person the identity provider vouches for into a local account: created at the first
 * login, linked to (issuer, subject), and brought up to date with the claims at every login, so
 * that leaving an organisation or losing a role in the provider takes effect at the next login.
 */
@Component
class OidcAccounts {

    private static final Logger log = LoggerFactory.getLogger(OidcAccounts.class);

    /** Why a login was refused; the login page explains each in the user's language. */
    enum Refusal { NO_USERNAME, NO_ORGANISATION, NO_ROLE, USERNAME_TAKEN, DISABLED }

    private final UserRepository users;
    private final OrganisationService organisations;
    private final OidcSettings settings;
    private final Accounts accounts;

    OidcAccounts(UserRepository users, OrganisationService organisations, OidcSettings settings, Accounts accounts) {
        this.users = users;
        this.organisations = organisations;
        this.settings = settings;
        this.accounts = accounts;
    }

    @Transactional
    PejlingPrincipal signIn(String issuer, String subject, Map<String, Object> claims) {
        String username = text(claims.get(settings.usernameClaim()));
        if (username == null || username.length() > 100) {
            throw refused(Refusal.NO_USERNAME, "claim " + settings.usernameClaim() + " is missing or too long");
        }
        UUID organisationId = organisation(claims.get(settings.organisationClaim()))
                .orElseThrow(() -> refused(Refusal.NO_ORGANISATION, username + ": claim " + settings.organisationClaim()
                        + "=" + claims.get(settings.organisationClaim()) + " names no organisation"));
        Set<Role> roles = roles(claims.get(settings.rolesClaim()));
        if (roles.isEmpty()) {
            throw refused(Refusal.NO_ROLE, username + ": claim " + settings.rolesClaim() + "="
                    + claims.get(settings.rolesClaim()) + " maps to no role");
        }
        User user = users.findByOidcIssuerAndOidcSubject(issuer, subject).orElseGet(() -> {
            if (users.findByUsername(username).isPresent()) {
                // Never take over an existing account by name: the provider does not own local names.
                throw refused(Refusal.USERNAME_TAKEN, username + " already exists as another account");
            }
            return User.linked(issuer, subject, username, accounts.now());
        });
        if (!user.enabled()) {
            throw refused(Refusal.DISABLED, username + " is disabled");
        }
        String name = text(claims.get(settings.nameClaim()));
        user.updateFromProvider(name == null ? username : limit(name, 200), limit(text(claims.get(settings.emailClaim())), 300),
                organisationId, roles);
        return PejlingPrincipal.of(users.save(user));
    }

    private Optional<UUID> organisation(Object claim) {
        Map<String, String> mapping = settings.organisations();
        List<Organisation> all = organisations.all();
        for (String value : values(claim, false)) {
            String target = mapping.getOrDefault(value, value);
            Optional<UUID> found = all.stream()
                    .filter(o -> o.id().value().toString().equalsIgnoreCase(target) || o.name().equals(target))
                    .map(o -> o.id().value())
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Set<Role> roles(Object claim) {
        Map<String, Role> mapping = settings.roles();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        values(claim, true).stream().map(mapping::get).filter(r -> r != null).forEach(roles::add);
        return roles;
    }

    /**
     * A claim as a list of strings: providers send a list or a single string; role claims may also
     * be one space- or comma-separated string, organisation names contain spaces and are kept whole.
     */
    private static List<String> values(Object claim, boolean split) {
        if (claim instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        String text = text(claim);
        if (text == null) {
            return List.of();
        }
        return split ? List.of(text.split("[\\s,]+")) : List.of(text);
    }

    private static String text(Object claim) {
        if (claim == null) {
            return null;
        }
        String text = String.valueOf(claim).strip();
        return text.isEmpty() ? null : text;
    }

    private static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static OAuth2AuthenticationException refused(Refusal refusal, String detail) {
        log.warn("OpenID Connect login refused ({}): {}", refusal, detail);
        return new OAuth2AuthenticationException(new OAuth2Error("pejling_" + refusal.name().toLowerCase()), detail);
    }
}
