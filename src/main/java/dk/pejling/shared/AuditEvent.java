package dk.pejling.shared;

import java.util.Map;

/**
 * Something the audit log must record that does not pass through a Spring Data repository: a
 * write by plain SQL, an export, a download. Publish it with Spring's ApplicationEventPublisher in
 * the transaction of the change; the audit module listens synchronously, so the entry commits or
 * rolls back with the change itself. Who and when are taken from the request by the audit module.
 *
 * @param before the values before (null for creations and reads), any object Jackson can write
 * @param after  the values after, or for a read what was read (filter, format)
 */
public record AuditEvent(AuditAction action, String recordType, String recordId, Object before, Object after) {

    public AuditEvent {
        if (action == null || recordType == null || recordType.isBlank()) {
            throw new IllegalArgumentException("an audit event needs an action and a record type");
        }
    }

    public static AuditEvent change(AuditAction action, String recordType, Object recordId, Object before, Object after) {
        return new AuditEvent(action, recordType, recordId == null ? null : recordId.toString(), before, after);
    }

    /** A file of data leaves the system (CSV, XLSX): what was exported and with which filter. */
    public static AuditEvent export(String recordType, Object recordId, Map<String, ?> parameters) {
        return new AuditEvent(AuditAction.EXPORT, recordType, recordId == null ? null : recordId.toString(), null, parameters);
    }

    /** A report or a stored document is downloaded or viewed. */
    public static AuditEvent download(String recordType, Object recordId, Map<String, ?> parameters) {
        return new AuditEvent(AuditAction.DOWNLOAD, recordType, recordId == null ? null : recordId.toString(), null, parameters);
    }
}
