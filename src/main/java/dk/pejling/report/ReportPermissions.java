package dk.pejling.report;

import dk.pejling.shared.Viewer;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may write a strategy's annual report texts, decided here once: the service refuses with it and the
 * report pages ask it whether to offer the texts form (docs/permissions.md). Reading a report follows the
 * strategy's visibility, which the strategy module decides; writing is the strategy's coordinators'.
 */
@Component
public class ReportPermissions {

    /** Administrators and the strategy's coordinators write its report texts. */
    public boolean mayWriteTexts(UUID strategyId, Viewer viewer) {
        return viewer.isAdmin() || viewer.isCoordinatorOf(strategyId);
    }

    public void requireWriteTexts(UUID strategyId, Viewer viewer) {
        Viewer.require(mayWriteTexts(strategyId, viewer));
    }
}
