package dk.pejling.shared.tabular;

import java.util.List;
import java.util.Map;

/**
 * A file read into rows of cells by column, before the cells are checked.
 *
 * @param headers   each column's name as the header row writes it
 * @param rows      the rows with content, in file order
 * @param errors    rows that are wrong as rows (a value in a column the header row does not name)
 * @param emptyRows rows skipped because all their cells are empty, or the first starts with {@code #}
 * @param decimals  how the file writes numbers typed as text
 * @param encoding  the character set a CSV file was read in; null for a workbook
 */
public record MappedTable<C extends Enum<C> & TableColumn>(Map<C, String> headers, List<Row<C>> rows, List<RowError> errors,
                                                           int emptyRows, DecimalStyle decimals, String encoding) {

    public record Row<C>(int row, Map<C, RawCell> cells) {
        public RawCell cell(C column) {
            return cells.getOrDefault(column, RawCell.BLANK);
        }
    }

    public String format() {
        return encoding == null ? "xlsx" : "csv";
    }

    /** The column's name as the file writes it, or its Danish name when the file lacks it. */
    public String column(C column) {
        return headers.getOrDefault(column, column.danish());
    }
}
