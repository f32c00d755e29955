package dk.pejling.audit.store;

import dk.pejling.shared.AuditAction;
import java.time.Instant;
import java.util.UUID;

/** An entry about to be written; the database gives it its id. */
public record NewAuditEntry(Instant occurredAt, UUID actorId, String actorName, String actorToken, String ipAddress,
                            AuditAction action, String recordType, String recordId, String before, String after) {
}
