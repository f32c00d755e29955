package dk.pejling.audit;

import dk.pejling.access.CurrentUser;
import dk.pejling.access.PejlingPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who did it and from where: the signed-in user, "anonymous" for a request without one, "system"
 * for what no request asked for (start-up, demo data, scheduled jobs).
 */
record Actor(UUID userId, String name, String token, String ipAddress) {

    static final String ANONYMOUS = "anonymous";
    static final String SYSTEM = "system";

    static Actor current() {
        return from(CurrentUser.get(), null);
    }

    /** The actor of an authentication event: the user who signed in, or the name someone tried. */
    static Actor of(Authentication authentication) {
        Optional<PejlingPrincipal> principal = CurrentUser.of(authentication);
        return from(principal, principal.isPresent() ? null : authentication.getName());
    }

    private static Actor from(Optional<PejlingPrincipal> principal, String attemptedName) {
        HttpServletRequest request = request();
        // The direct peer, or the client a trusted proxy names in X-Forwarded-For: the servlet
        // container resolves it only for proxies in PEJLING_TRUSTED_PROXIES (see access.TrustedProxies).
        String ip = request == null ? null : request.getRemoteAddr();
        String token = principal.isPresent() ? CurrentUser.token().orElse(null) : null;
        if (principal.isPresent()) {
            return new Actor(principal.get().userId(), principal.get().username(), token, ip);
        }
        if (attemptedName != null && !attemptedName.isBlank()) {
            return new Actor(null, attemptedName, null, ip);
        }
        return new Actor(null, request == null ? SYSTEM : ANONYMOUS, null, ip);
    }

    private static HttpServletRequest request() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }
}
