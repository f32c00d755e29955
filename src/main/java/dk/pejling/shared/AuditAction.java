package dk.pejling.shared;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an audit entry records. Changes are kept as long as the changes retention says (default:
 * for ever); reads (exports, downloads) and logins only as long as the reads retention says.
 */
public enum AuditAction {
    CREATE, UPDATE, DELETE, STATUS_CHANGE, APPROVAL, LOGIN, FAILED_LOGIN, EXPORT, DOWNLOAD;

    public static final Set<AuditAction> READS = EnumSet.of(LOGIN, FAILED_LOGIN, EXPORT, DOWNLOAD);

    public boolean isChange() {
        return !READS.contains(this);
    }
}
