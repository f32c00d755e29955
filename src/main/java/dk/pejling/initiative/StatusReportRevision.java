package dk.pejling.initiative;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry of a report's history: submitted, returned, approved or corrected, with the status and
 * comment at that moment and who did it. Only ever inserted.
 */
@Table("status_report_revision")
public record StatusReportRevision(@Id UUID id, UUID reportId, int revision, String action, String statusCode,
                                   String comment, Integer progress, String note, String actor, Instant happenedAt)
        implements Persistable<UUID> {

    @Override
    public UUID getId() {
        return id;
    }

    /** Always new: revisions are never updated. */
    @Override
    @Transient
    public boolean isNew() {
        return true;
    }
}
