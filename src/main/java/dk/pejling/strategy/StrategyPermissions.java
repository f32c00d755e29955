package dk.pejling.strategy;

import dk.pejling.shared.Viewer;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may register a strategy and change it, its goals and its documents, decided here once: the services
 * refuse with these rules and the pages ask them what to offer (docs/permissions.md). The viewer says who
 * someone is (roles, grants, organisations); what those let them do with a strategy is this module's.
 */
@Component
public class StrategyPermissions {

    /** Administrators and the strategy's coordinators change the strategy, its goals and documents. */
    public boolean mayEditStrategy(UUID strategyId, Viewer viewer) {
        return viewer.isAdmin() || viewer.isCoordinatorOf(strategyId);
    }

    /** Goals are part of the strategy: whoever may edit the strategy edits its goals. */
    public boolean mayEditGoalsOf(UUID strategyId, Viewer viewer) {
        return mayEditStrategy(strategyId, viewer);
    }

    /** An editor registers a strategy owned by their own organisation (or a unit below it); administrators any. */
    public boolean mayRegisterStrategy(UUID ownerId, Viewer viewer) {
        return viewer.isAdmin() || (viewer.isEditor() && viewer.isOwnOrganisation(ownerId));
    }

    /** The empty form for a new strategy: editors and administrators (the save checks the owner). */
    public boolean mayOpenRegistrationForm(Viewer viewer) {
        return viewer.isAdmin() || viewer.isEditor();
    }

    /**
     * A submitted registration form, asked before the form is read: with an owner chosen, who may register
     * for that owner; without one, anyone who may open the form, who then learns the owner is missing.
     */
    public boolean maySubmitRegistration(UUID ownerIdOrNull, Viewer viewer) {
        return ownerIdOrNull == null ? mayOpenRegistrationForm(viewer) : mayRegisterStrategy(ownerIdOrNull, viewer);
    }

    public void requireEditStrategy(UUID strategyId, Viewer viewer) {
        Viewer.require(mayEditStrategy(strategyId, viewer));
    }

    public void requireEditGoalsOf(UUID strategyId, Viewer viewer) {
        Viewer.require(mayEditGoalsOf(strategyId, viewer));
    }

    public void requireRegisterStrategy(UUID ownerId, Viewer viewer) {
        Viewer.require(mayRegisterStrategy(ownerId, viewer));
    }
}
