package dk.pejling.access;

import dk.pejling.shared.Viewer;
import java.util.Optional;

/**
 * Where a user lands after signing in when no page was asked for. Other modules offer a page (the
 * initiative module: "Mine opgaver" when there are open tasks); the access module need not know them.
 */
public interface LandingPage {

    /** A path inside the application for this viewer, or empty to leave the choice to others (then "/"). */
    Optional<String> after(Viewer viewer);
}
