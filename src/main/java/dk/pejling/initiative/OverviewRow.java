package dk.pejling.initiative;

import dk.pejling.shared.Visibility;
import java.time.Instant;
import java.util.UUID;

/**
 * One initiative in a round's overview, with its report if there is one.
 *
 * @param reportVersion the report's version, for approving it in bulk at the version the coordinator saw
 */
public record OverviewRow(UUID initiativeId, String number, String title, UUID responsibleId, String responsibleName,
                          UUID leadUserId, Visibility visibility, UUID reportId, String statusCode, ReportState state,
                          String comment, Integer progress, String submittedBy, Instant submittedAt,
                          Long reportVersion) {

    public boolean reported() {
        return reportId != null;
    }

    public String label() {
        return number == null ? title : number + " " + title;
    }
}
