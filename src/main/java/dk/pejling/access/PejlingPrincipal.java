package dk.pejling.access;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/** The signed-in user as kept in the session or resolved from an API token; {@link ViewerScopes} turns it into a Viewer. */
public record PejlingPrincipal(UUID userId, String username, String displayName, UUID organisationId,
                               Set<Role> roles) implements Serializable {


    static PejlingPrincipal of(User user) {
        return new PejlingPrincipal(user.id(), user.username(), user.displayName(), user.organisationId(), user.roles());
    }
}
