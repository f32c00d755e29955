package dk.pejling.indicator.file;

import dk.pejling.shared.tabular.RowError;
import java.util.List;

/**
 * What a measurement file holds and what importing it does (a dry run), or did.
 *
 * @param format      "csv" or "xlsx"
 * @param encoding    the character set a CSV file was read in ("UTF-8", or "windows-1252"); null for a workbook
 * @param rows        the rows with content, the header row not counted
 * @param emptyRows   rows skipped: empty, or with a first cell starting with {@code #}
 * @param changes     one per row without errors, in file order
 * @param errors      row errors in row order; at most {@link #MAX_ERRORS}, {@code errorCount} counts all
 * @param applied     whether the changes were saved
 * @param fingerprint identifies the file and the values it changes, so a confirmation applies what was checked
 */
public record ImportResult(String fileName, String format, String encoding, int rows, int emptyRows,
                           List<ImportChange> changes, List<RowError> errors, int errorCount, boolean applied,
                           String fingerprint) {

    public static final int MAX_ERRORS = 1000;

    public ImportResult {
        changes = List.copyOf(changes);
        errors = List.copyOf(errors);
    }

    public long count(ImportChange.Action action) {
        return changes.stream().filter(c -> c.action() == action).count();
    }

    /** New values and corrections; unchanged rows are skipped. */
    public long changeCount() {
        return changes.size() - count(ImportChange.Action.UNCHANGED);
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }

    ImportResult asApplied() {
        return new ImportResult(fileName, format, encoding, rows, emptyRows, changes, errors, errorCount, true, fingerprint);
    }
}
