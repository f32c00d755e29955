package dk.pejling.archive.engine;

/** A column of an archived table, as the database metadata describes it. */
public record Column(String name, ColumnType type, boolean nullable, boolean identity) {

    public Column {
        if (name == null || name.isBlank() || type == null) {
            throw new IllegalArgumentException("a column needs a name and a type");
        }
    }
}
