package dk.pejling.archive.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Reads which tables an archive holds from the database's own metadata (JDBC
 * {@link DatabaseMetaData}), so a module that adds a table is archived without a change here, on H2
 * and PostgreSQL alike. Tables come back in foreign-key order: a table after every table it refers to.
 *
 * <p>Left out by rule ({@link #EXCLUDED_BY_RULE}), because they are bookkeeping of the running
 * installation rather than its data, and restoring them would be wrong:
 * <ul>
 *   <li>{@code flyway_schema_history}: the schema version is written to the manifest instead, and the
 *       target installation has its own history;</li>
 *   <li>{@code event_publication*}: Spring Modulith's registry of events in flight;</li>
 *   <li>{@code spring_session*}: signed-in browser sessions;</li>
 *   <li>{@code shedlock}, {@code scheduled_tasks}: locks and schedules of background jobs;</li>
 *   <li>tables named {@code *_cache} or {@code cache_*}: derived data that is rebuilt;</li>
 *   <li>{@code audit_retention_key}: the hash of this installation's audit retention secret (PostgreSQL
 *       only); every installation registers its own, and an archive moves between database kinds;</li>
 *   <li>tables a module declares derived through {@code ArchiveContributor#derivedTables()}.</li>
 * </ul>
 * Tables named {@code audit_*} go into the optional {@code audit/} folder.
 */
public final class SchemaReader {

    public static final Predicate<String> EXCLUDED_BY_RULE = name ->
            name.equals("flyway_schema_history")
                    || name.startsWith("event_publication")
                    || name.startsWith("spring_session")
                    || name.equals("shedlock")
                    || name.equals("scheduled_tasks")
                    || name.endsWith("_cache")
                    || name.startsWith("cache_")
                    || name.equals("audit_retention_key");

    private SchemaReader() {
    }

    /** Every archived table of the connection's current schema, parents before children. */
    public static List<TableSchema> read(Connection connection, Set<String> derivedTables) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        Set<String> names = new TreeSet<>();
        try (ResultSet rs = meta.getTables(catalog, pattern(meta, schema), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                String lower = name.toLowerCase(Locale.ROOT);
                if (!EXCLUDED_BY_RULE.test(lower) && !derivedTables.contains(lower)) {
                    names.add(name);
                }
            }
        }
        Map<String, RawTable> raw = new TreeMap<>();
        for (String name : names) {
            raw.put(name, new RawTable(name, columns(meta, catalog, schema, name), primaryKey(meta, catalog, schema, name),
                    foreignKeys(meta, catalog, schema, name, names)));
        }
        return order(raw);
    }

    private record RawTable(String name, List<Column> columns, List<String> primaryKey, List<ForeignKey> foreignKeys) {
    }

    private static List<Column> columns(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        Map<Integer, Column> byPosition = new TreeMap<>();
        try (ResultSet rs = meta.getColumns(catalog, pattern(meta, schema), pattern(meta, table), "%")) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME");
                ColumnType type = ColumnType.of(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"));
                boolean nullable = rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls;
                boolean identity = "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"));
                byPosition.put(rs.getInt("ORDINAL_POSITION"), new Column(name, type, nullable, identity));
            }
        }
        return List.copyOf(byPosition.values());
    }

    /** Metadata searches take patterns, where '_' matches any character: an exact name escapes it. */
    private static String pattern(DatabaseMetaData meta, String name) throws SQLException {
        String escape = meta.getSearchStringEscape();
        return name == null || escape == null || escape.isEmpty() ? name
                : name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        Map<Integer, String> bySequence = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                bySequence.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(bySequence.values());
    }

    private static List<ForeignKey> foreignKeys(DatabaseMetaData meta, String catalog, String schema, String table,
                                                Set<String> archived) throws SQLException {
        // Grouped by the constraint's name; a key's columns by their position in it.
        Map<String, TreeMap<Integer, String[]>> keys = new TreeMap<>();
        Map<String, String> targets = new LinkedHashMap<>();
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
            while (rs.next()) {
                String target = rs.getString("PKTABLE_NAME");
                String name = rs.getString("FK_NAME") + "/" + target;
                keys.computeIfAbsent(name, k -> new TreeMap<>()).put(rs.getInt("KEY_SEQ"),
                        new String[] {rs.getString("FKCOLUMN_NAME"), rs.getString("PKCOLUMN_NAME")});
                targets.put(name, target);
            }
        }
        List<ForeignKey> result = new ArrayList<>();
        keys.forEach((name, columns) -> {
            if (archived.contains(targets.get(name))) {
                result.add(new ForeignKey(columns.values().stream().map(c -> c[0]).toList(), targets.get(name),
                        columns.values().stream().map(c -> c[1]).toList()));
            }
        });
        return result;
    }

    /**
     * Kahn's topological sort, alphabetical among equals so the order is the same on every database.
     * A self reference is deferred; when only cycles remain, the alphabetically first table of them
     * defers its references into the cycle.
     */
    private static List<TableSchema> order(Map<String, RawTable> raw) {
        Map<String, Set<String>> deferred = new TreeMap<>();
        Map<String, Set<String>> pending = new TreeMap<>();
        raw.values().forEach(t -> {
            deferred.put(t.name(), new TreeSet<>());
            Set<String> parents = new TreeSet<>();
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.referencedTable().equals(t.name())) {
                    deferred.get(t.name()).addAll(fk.columns());
                } else {
                    parents.add(fk.referencedTable());
                }
            }
            pending.put(t.name(), parents);
        });
        List<String> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        while (ordered.size() < raw.size()) {
            String next = pending.entrySet().stream()
                    .filter(e -> !done.contains(e.getKey()) && done.containsAll(e.getValue()))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (next == null) {
                next = pending.keySet().stream().filter(n -> !done.contains(n)).findFirst().orElseThrow();
                for (ForeignKey fk : raw.get(next).foreignKeys()) {
                    if (!done.contains(fk.referencedTable())) {
                        deferred.get(next).addAll(fk.columns());
                    }
                }
            }
            ordered.add(next);
            done.add(next);
        }
        return ordered.stream().map(raw::get).map(t -> new TableSchema(t.name(),
                t.name().toLowerCase(Locale.ROOT).startsWith("audit_") ? "audit" : "data", t.columns(), t.primaryKey(),
                t.foreignKeys(), deferred.get(t.name()))).toList();
    }
}
