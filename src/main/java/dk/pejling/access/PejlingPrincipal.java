package dk.pejling.access;

import dk.pejling.shared.Viewer;
import java.io.Serializable;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The signed-in user as kept in the session or resolved from an API token. */
public record PejlingPrincipal(UUID userId, String username, String displayName, UUID organisationId,
                               Set<Role> roles) implements Serializable {

    public Viewer toViewer() {
        return new Viewer(userId, organisationId, roles.stream().map(Role::key).collect(Collectors.toSet()), username);
    }

    static PejlingPrincipal of(User user) {
        return new PejlingPrincipal(user.id(), user.username(), user.displayName(), user.organisationId(), user.roles());
    }
}
