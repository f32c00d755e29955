package dk.pejling.archive.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import org.flywaydb.core.api.MigrationVersion;

/** The schema version a connection's database is at, read from Flyway's history table. */
public final class FlywayVersion {

    private FlywayVersion() {
    }

    /** The highest successfully applied version, or null when the schema has no history yet. */
    public static String current(Connection connection) throws SQLException {
        boolean inTransaction = !connection.getAutoCommit();
        Savepoint savepoint = inTransaction ? connection.setSavepoint() : null;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL");
             ResultSet rs = statement.executeQuery()) {
            MigrationVersion highest = null;
            while (rs.next()) {
                MigrationVersion version = MigrationVersion.fromVersion(rs.getString(1));
                if (highest == null || version.compareTo(highest) > 0) {
                    highest = version;
                }
            }
            if (savepoint != null) {
                connection.releaseSavepoint(savepoint);
            }
            return highest == null ? null : highest.getVersion();
        } catch (SQLException e) {
            // No history table: a database no Flyway has touched (PostgreSQL needs the savepoint to go on).
            if (savepoint != null) {
                connection.rollback(savepoint);
            }
            return null;
        }
    }

    /** Compares two versions as Flyway does; null (no schema) is the lowest. */
    public static int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return MigrationVersion.fromVersion(a).compareTo(MigrationVersion.fromVersion(b));
    }
}
