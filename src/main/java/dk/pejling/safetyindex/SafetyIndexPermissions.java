package dk.pejling.safetyindex;

import dk.pejling.shared.Viewer;
import org.springframework.stereotype.Component;

/**
 * Who may maintain the safety index (areas, survey waves, published shares, method versions, computations,
 * imports) and who may let it feed indicators, decided here once: the services refuse with these rules and
 * the pages ask them what to offer (docs/permissions.md, "Safety index"). Reading follows each value's
 * method (public or for signed-in users), which the service decides.
 */
@Component
public class SafetyIndexPermissions {

    /** The index is shared by every organisation: editors of any of them and administrators maintain it. */
    public boolean mayMaintainIndex(Viewer viewer) {
        return viewer.isAdmin() || viewer.isEditor();
    }

    /**
     * The feeds into indicators: anyone who holds an editing role may open them; each feed is then checked
     * against its indicator by the indicator module (who may enter its measurements).
     */
    public boolean mayManageFeeds(Viewer viewer) {
        return viewer.holdsEditingRole();
    }

    public void requireMaintainIndex(Viewer viewer) {
        Viewer.require(mayMaintainIndex(viewer));
    }

    public void requireManageFeeds(Viewer viewer) {
        Viewer.require(mayManageFeeds(viewer));
    }
}
