package dk.pejling.register;

import dk.pejling.shared.tabular.RowError;
import java.util.List;

/**
 * What a register file holds and what importing it does (a dry run), or did.
 *
 * @param errors      row errors in row order; at most {@link #MAX_ERRORS}, {@code errorCount} counts all
 * @param fingerprint the SHA-256 of the file, so a confirmation imports the file that was checked
 */
public record RegisterImportResult(RegisterKind kind, String fileName, String format, String encoding, int rows,
                                   int emptyRows, List<RegisterChange> changes, List<RowError> errors, int errorCount,
                                   boolean applied, String fingerprint) {

    public static final int MAX_ERRORS = 1000;

    public RegisterImportResult {
        changes = List.copyOf(changes);
        errors = List.copyOf(errors);
    }

    public long count(RegisterChange.Action action) {
        return changes.stream().filter(c -> c.action() == action).count();
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }
}
