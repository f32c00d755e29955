package dk.pejling.archive.engine;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One archived table: its columns in database order, its primary key (the sort order of its rows;
 * all columns when it has none), its foreign keys, and the columns whose foreign keys are
 * "deferred": a reference to the table itself (a goal's parent goal) or one that closes a cycle of
 * tables. Those columns are loaded empty first and set in a second pass, so the insert order of
 * rows never matters.
 *
 * @param folder "data" for ordinary tables, "audit" for the audit log (an optional folder)
 */
public record TableSchema(String name, String folder, List<Column> columns, List<String> primaryKey,
                          List<ForeignKey> foreignKeys, Set<String> deferredColumns) {

    public TableSchema {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        deferredColumns = Set.copyOf(deferredColumns);
    }

    /** The path of the table's CSV in the archive. */
    public String entryName() {
        return folder + "/" + name + ".csv";
    }

    /** The columns rows are sorted by. */
    public List<String> sortKey() {
        return primaryKey.isEmpty() ? columns.stream().map(Column::name).toList() : primaryKey;
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public boolean isAudit() {
        return folder.equals("audit");
    }
}
