package dk.pejling.initiative;

import dk.pejling.shared.Viewer;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may change initiatives, report their status and run reporting rounds, decided here once: the services
 * refuse with these rules and the pages ask them what to offer (docs/permissions.md). The roles are the
 * viewer's; what ties an initiative to them (its strategy, its responsible organisation, its lead) is this
 * module's.
 */
@Component
public class InitiativePermissions {

    /** Coordinators of the strategy, and editors acting for the responsible organisation. */
    public boolean mayEdit(Initiative initiative, Viewer viewer) {
        return coordinates(initiative.strategyId(), viewer) || actsFor(initiative.responsibleId(), viewer);
    }

    /** A new initiative: the strategy's coordinators, or an editor acting for the organisation made responsible. */
    public boolean mayCreate(UUID strategyId, UUID responsibleId, Viewer viewer) {
        return coordinates(strategyId, viewer) || actsFor(responsibleId, viewer);
    }

    /** A change: who may edit it, and an editor may not hand it over to an organisation they do not act for. */
    public boolean mayUpdate(Initiative initiative, UUID newResponsibleId, Viewer viewer) {
        return mayEdit(initiative, viewer) && mayCreate(initiative.strategyId(), newResponsibleId, viewer);
    }

    /** The empty form for a new initiative: coordinators of the strategy and editors (the save checks the rest). */
    public boolean mayOpenNewForm(UUID strategyId, Viewer viewer) {
        return coordinates(strategyId, viewer) || viewer.isEditor();
    }

    /**
     * Whether the viewer may report the initiative's status: the strategy's coordinators and administrators;
     * an editor when the initiative's responsible organisation is the editor's own or one of its units;
     * and the initiative's lead person's account.
     */
    public boolean mayReport(Initiative initiative, Viewer viewer) {
        return mayEdit(initiative, viewer) || (viewer.userId() != null && viewer.userId().equals(initiative.leadUserId()));
    }

    /** Coordinators open, review and approve the strategy's reporting rounds, and send its reminders. */
    public boolean mayCoordinate(UUID strategyId, Viewer viewer) {
        return coordinates(strategyId, viewer);
    }

    public void requireCoordinate(UUID strategyId, Viewer viewer) {
        Viewer.require(mayCoordinate(strategyId, viewer));
    }

    public void requireEdit(Initiative initiative, Viewer viewer) {
        Viewer.require(mayEdit(initiative, viewer));
    }

    public void requireReport(Initiative initiative, Viewer viewer) {
        Viewer.require(mayReport(initiative, viewer));
    }

    /** Administrators act as every strategy's coordinator. */
    private static boolean coordinates(UUID strategyId, Viewer viewer) {
        return viewer.isAdmin() || viewer.isCoordinatorOf(strategyId);
    }

    /** Editors act for their own organisation and the units below it; administrators for every one. */
    private static boolean actsFor(UUID organisationId, Viewer viewer) {
        return viewer.isAdmin() || (viewer.isEditor() && viewer.isOwnOrganisation(organisationId));
    }
}
