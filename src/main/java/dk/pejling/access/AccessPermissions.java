package dk.pejling.access;

import dk.pejling.shared.Viewer;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may appoint coordinators, see who they are and administer the user accounts, decided here once: the
 * services refuse with these rules and the pages ask them what to offer (docs/permissions.md, "Accounts,
 * passwords and sessions" and the coordinator rows).
 */
@Component
public class AccessPermissions {

    /** Administrators and the strategy's coordinators appoint and dismiss its coordinators. */
    public boolean mayAppointCoordinators(UUID strategyId, Viewer viewer) {
        return viewer.isAdmin() || viewer.isCoordinatorOf(strategyId);
    }

    /** Names of people are for signed-in users: the public sees no coordinator list. */
    public boolean mayListCoordinators(Viewer viewer) {
        return !viewer.isAnonymous();
    }

    /** Only administrators create, change, deactivate and list user accounts. */
    public boolean mayAdministerUsers(Viewer viewer) {
        return viewer.isAdmin();
    }

    public void requireAppointCoordinators(UUID strategyId, Viewer viewer) {
        Viewer.require(mayAppointCoordinators(strategyId, viewer));
    }

    public void requireListCoordinators(Viewer viewer) {
        Viewer.require(mayListCoordinators(viewer));
    }

    public void requireAdministerUsers(Viewer viewer) {
        Viewer.require(mayAdministerUsers(viewer));
    }
}
