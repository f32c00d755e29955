package dk.pejling.archive.engine;

import java.util.List;

/** A foreign key: these columns of the table refer to those columns of {@code referencedTable}. */
public record ForeignKey(List<String> columns, String referencedTable, List<String> referencedColumns) {

    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("a foreign key pairs columns one to one");
        }
    }
}
