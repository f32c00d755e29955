package dk.pejling.indicator;

import java.util.List;
import java.util.Map;

/**
 * A measurement file read into rows of cells, before the cells are checked.
 *
 * @param headers   each column's name as the header row writes it
 * @param rows      the rows with content, in file order
 * @param errors    rows that are wrong as rows (a value in a column the header row does not name)
 * @param emptyRows rows skipped because all their cells are empty, or the first starts with {@code #}
 * @param decimals  how the file writes numbers typed as text
 * @param encoding  the character set a CSV file was read in; null for a workbook
 */
record RawTable(Map<MeasurementColumn, String> headers, List<RawRow> rows, List<RowError> errors, int emptyRows,
                DecimalStyle decimals, String encoding) {

    record RawRow(int row, Map<MeasurementColumn, RawCell> cells) {
        RawCell cell(MeasurementColumn column) {
            return cells.getOrDefault(column, RawCell.BLANK);
        }
    }
}
