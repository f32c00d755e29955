package dk.pejling.archive.engine;

/** Identifiers come from the database's own metadata; quoted, they mean exactly that table or column. */
public final class Sql {

    private Sql() {
    }

    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
