package dk.pejling.access;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user for modules that record who did something (the audit log), without knowing
 * how access keeps its principals in the security context.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The user of the current request or job, if someone is signed in. */
    public static Optional<PejlingPrincipal> get() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The API token the current request came with, as "name (id)"; empty for sessions and jobs. */
    public static Optional<String> token() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getDetails() instanceof TokenDetails details
                ? Optional.of(details.label()) : Optional.empty();
    }

    /** The details of an authentication made from an API token. */
    public record TokenDetails(String label) {
    }

    /** The user an authentication stands for: a session's account or an API token's principal. */
    public static Optional<PejlingPrincipal> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof PejlingPrincipal p) {
            return Optional.of(p);
        }
        if (principal instanceof AccountDetailsService.Account account) {
            return Optional.of(account.principal());
        }
        return Optional.empty();
    }
}
