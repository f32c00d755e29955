package dk.pejling.audit.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The embedded database's guard on {@code audit_entry} (PostgreSQL has a plpgsql trigger instead):
 * every UPDATE is refused, and every DELETE unless {@link RetentionDeletes} is running on this
 * thread. Public with a public constructor because H2 instantiates it by name.
 */
public class AppendOnlyTrigger implements Trigger {

    private int type;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.type = type;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        boolean delete = newRow == null;
        if (delete && RetentionDeletes.active()) {
            return;
        }
        throw new SQLException("audit_entry is append-only: " + (delete ? "DELETE" : "UPDATE") + " refused", "45000");
    }

    int type() {
        return type;
    }
}
