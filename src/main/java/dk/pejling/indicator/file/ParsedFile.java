package dk.pejling.indicator.file;

import dk.pejling.shared.tabular.RowError;
import java.util.List;

/**
 * A measurement file with every row read: the rows without errors, and the errors of the others.
 *
 * @param digest the SHA-256 of the file's bytes, in hex
 */
record ParsedFile(String name, String format, String encoding, String digest, int rowCount, int emptyRows,
                  List<ImportRow> rows, List<RowError> errors, RowReader reader) {
}
