package dk.pejling.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dk.pejling.shared.AuditAction;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit log.
 *
 * @param actorId    the user, or null for the public and the system
 * @param actorName  the user name, "anonymous" for the public, "system" for jobs and start-up
 * @param actorToken the name of the API token the request came with, if any
 * @param before     the values before, as JSON (null for creations and reads)
 * @param after      the values after, or for a read its parameters, as JSON
 */
public record AuditEntry(long id, Instant occurredAt, UUID actorId, String actorName, String actorToken,
                         String ipAddress, AuditAction action, String recordType, String recordId,
                         @JsonRawValue String before, @JsonRawValue String after) {
}
