package dk.pejling.archive;

/**
 * Why an archive cannot be restored, as a code the pages translate ({@code archive.problem.<code>}),
 * where (an entry, a table, a row) and a technical detail.
 */
public record Problem(String code, String where, String detail) {

    /** Codes that mean "the installation is not ready for this archive" (HTTP 409) rather than "the archive is bad" (400). */
    private static final java.util.Set<String> CONFLICTS = java.util.Set.of("not-empty", "older-schema", "newer-schema", "no-schema");

    public Problem {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a problem needs a code");
        }
        where = where == null ? "" : where;
        detail = detail == null ? "" : detail;
    }

    public boolean isConflict() {
        return CONFLICTS.contains(code);
    }

    /** One line in English for the API, the command line and the log. */
    public String text() {
        String base = switch (code) {
            case "not-zip" -> "The file is not a zip archive, or it is truncated";
            case "no-manifest" -> "The archive has no manifest.json";
            case "bad-manifest" -> "manifest.json is not valid";
            case "missing-entry" -> "An entry listed in the manifest is missing";
            case "unexpected-entry" -> "The archive holds an entry the manifest does not list";
            case "checksum" -> "The entry's SHA-256 does not match the manifest";
            case "size" -> "The entry is larger than the manifest says (a zip bomb?)";
            case "too-large" -> "The archive expands beyond the allowed size (a zip bomb?)";
            case "missing-table" -> "The archive lacks a table of this installation";
            case "unknown-table" -> "The archive holds a table this installation does not have";
            case "missing-column" -> "The CSV lacks a column";
            case "unknown-column" -> "The CSV has a column the table does not have";
            case "bad-value" -> "A value is not valid";
            case "database" -> "The database refused the data";
            case "file-missing" -> "files.csv names a file the archive does not hold";
            case "not-empty" -> "The installation is not empty; restore only into an empty installation";
            case "older-schema" -> "The archive was written at an older schema version; restore it with './pejling restore FILE' into a new database, which loads it at that version and migrates it forward";
            case "no-schema" -> "The database has no schema yet; a dry run needs an installation that has started once";
            case "newer-schema" -> "The archive was written by a newer Pejling; upgrade this installation first";
            default -> code;
        };
        return base + (where.isEmpty() ? "" : " [" + where + "]") + (detail.isEmpty() ? "" : ": " + detail);
    }
}
