package dk.pejling.safetyindex;

import java.util.List;

/**
 * What an import file holds and what importing it does (a dry run) or did: the rows read, the rows
 * that would be saved, and every row error. Nothing is saved when there is one error.
 */
public record ImportReport(ImportKind kind, String fileName, int rows, int accepted, List<RowError> errors, boolean applied) {

    public static final int MAX_ERRORS = 1000;

    public ImportReport {
        errors = List.copyOf(errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors);
    }

    /** A problem in one cell: the row as a spreadsheet numbers it, the column's header, and what is wrong. */
    public record RowError(int row, String column, String message) {
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
