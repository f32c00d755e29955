package dk.pejling.audit;

import dk.pejling.shared.AuditAction;
import dk.pejling.shared.AuditEvent;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Entries from events: what other modules publish as {@link AuditEvent} (writes by plain SQL,
 * exports, downloads) and Spring Security's logins. Plain {@code @EventListener}s on purpose:
 * they run synchronously in the publisher's transaction, not after it like a module listener.
 */
@Component
class AuditEvents {

    private final AuditRecorder recorder;

    AuditEvents(AuditRecorder recorder) {
        this.recorder = recorder;
    }

    @EventListener
    void on(AuditEvent event) {
        recorder.record(event.action(), event.recordType(), event.recordId(), AuditJson.tree(event.before()),
                AuditJson.tree(event.after()));
    }

    /** A form login (and later any login through Spring Security's provider manager); API tokens are not logins. */
    @EventListener
    void login(AuthenticationSuccessEvent event) {
        Actor actor = Actor.of(event.getAuthentication());
        recorder.record(actor, AuditAction.LOGIN, "access_user", actor.userId() == null ? null : actor.userId().toString(),
                null, null);
    }

    @EventListener
    void failedLogin(AbstractAuthenticationFailureEvent event) {
        Actor actor = Actor.of(event.getAuthentication());
        recorder.record(actor, AuditAction.FAILED_LOGIN, "access_user", null, null,
                AuditJson.tree(Map.of("reason", event.getException().getClass().getSimpleName())));
    }
}
