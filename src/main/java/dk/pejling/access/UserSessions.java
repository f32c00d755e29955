package dk.pejling.access;

import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * The signed-in sessions of each user, so a password reset or change can end them. The web chain
 * registers every session in Spring Security's {@link SessionRegistry} at login (form and OpenID
 * Connect); an ended session is refused at its next request by the ConcurrentSessionFilter, which
 * sends the browser to the login page. The sessions are the servlet container's own, in this
 * application instance's memory, like the registry.
 */
public class UserSessions {

    private final SessionRegistry registry;

    UserSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every session of the user except the one with this id (null: all); answers how many ended. */
    public int end(UUID userId, String exceptSessionId) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (!userId.equals(userOf(principal).orElse(null))) {
                continue;
            }
            for (SessionInformation session : registry.getAllSessions(principal, false)) {
                if (!session.getSessionId().equals(exceptSessionId)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }

    private static Optional<UUID> userOf(Object principal) {
        if (principal instanceof AccountDetailsService.Account account) {
            return Optional.of(account.principal().userId());
        }
        if (principal instanceof OidcConfiguration.LinkedOidcUser oidc) {
            return Optional.of(oidc.principal().userId());
        }
        if (principal instanceof PejlingPrincipal p) {
            return Optional.of(p.userId());
        }
        return Optional.empty();
    }

    @Configuration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        SessionRegistry sessionRegistry() {
            return new SessionRegistryImpl();
        }

        /** Tells the registry when the container ends a session (timeout, logout), so it does not grow. */
        @Bean
        HttpSessionEventPublisher httpSessionEventPublisher() {
            return new HttpSessionEventPublisher();
        }

        @Bean
        UserSessions userSessions(SessionRegistry registry) {
            return new UserSessions(registry);
        }
    }
}
