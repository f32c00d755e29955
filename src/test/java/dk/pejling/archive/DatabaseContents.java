package dk.pejling.archive;

import dk.pejling.archive.engine.SchemaReader;
import dk.pejling.archive.engine.Sql;
import dk.pejling.archive.engine.TableSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Every row of every archived table as the JDBC driver answers it, independent of the archive's own
 * CSV text: a value the archive lost in both directions alike would still show here. Instants are
 * compared as instants (H2 keeps the offset they were written with, a restore writes UTC).
 */
final class DatabaseContents {

    private DatabaseContents() {
    }

    static Map<String, List<List<Object>>> read(DataSource dataSource) throws SQLException {
        Map<String, List<List<Object>>> contents = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (TableSchema table : SchemaReader.read(connection, Set.of())) {
                String sql = "SELECT * FROM " + Sql.quote(table.name()) + " ORDER BY "
                        + table.sortKey().stream().map(Sql::quote).collect(Collectors.joining(", "));
                List<List<Object>> rows = new ArrayList<>();
                try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= columns; i++) {
                            row.add(normal(rs.getObject(i)));
                        }
                        rows.add(row);
                    }
                }
                contents.put(table.name(), rows);
            }
        }
        return contents;
    }

    private static Object normal(Object value) throws SQLException {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toLocalDateTime();
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (value instanceof java.sql.Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value;
    }
}
