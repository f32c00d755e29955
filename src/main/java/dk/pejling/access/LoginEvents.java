package dk.pejling.access;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed logins towards the lockout and clears the count on success. */
@Component
class LoginEvents {

    private final AccessService access;

    LoginEvents(AccessService access) {
        this.access = access;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        access.recordFailedLogin(event.getAuthentication().getName());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountDetailsService.Account account) {
            access.recordSuccessfulLogin(account.getUsername());
        }
    }
}
