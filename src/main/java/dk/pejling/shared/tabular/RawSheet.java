package dk.pejling.shared.tabular;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file or a workbook's sheet read into its header row and rows of cells, before any column
 * is known: what every import starts from.
 *
 * @param headers   the header row as written: the first row that is neither empty nor a comment
 * @param rows      the rows with content, in file order
 * @param emptyRows rows skipped because all their cells are empty, or the first starts with {@code #}
 * @param decimals  how the file writes numbers typed as text
 * @param encoding  the character set a CSV file was read in; null for a workbook
 */
public record RawSheet(List<String> headers, List<Row> rows, int emptyRows, DecimalStyle decimals, String encoding) {

    public RawSheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** One row, numbered as a spreadsheet numbers it. */
    public record Row(int row, List<RawCell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    public String format() {
        return encoding == null ? "xlsx" : "csv";
    }

    /** Collects the rows as a reader finds them: skips empty and comment rows, takes the first other row as the header. */
    static final class Builder {
        private final int maxRows;
        private final DecimalStyle decimals;
        private final String encoding;
        private List<String> headers;
        private final List<Row> rows = new ArrayList<>();
        private int emptyRows;

        Builder(int maxRows, DecimalStyle decimals, String encoding) {
            this.maxRows = maxRows;
            this.decimals = decimals;
            this.encoding = encoding;
        }

        void add(int rowNumber, List<RawCell> cells) {
            boolean empty = cells.stream().allMatch(c -> c == null || c.blank());
            if (empty || isComment(cells)) {
                emptyRows++;
                return;
            }
            if (headers == null) {
                headers = cells.stream().map(c -> c == null ? "" : c.text()).toList();
                return;
            }
            if (rows.size() >= maxRows) {
                throw new ImportFileException(ImportProblem.TOO_MANY_ROWS, String.valueOf(maxRows));
            }
            rows.add(new Row(rowNumber, cells.stream().map(c -> c == null ? RawCell.BLANK : c).toList()));
        }

        void skipped(int count) {
            if (headers != null) {
                emptyRows += Math.max(count, 0);
            }
        }

        RawSheet build() {
            if (headers == null) {
                throw new ImportFileException(ImportProblem.FILE_EMPTY);
            }
            return new RawSheet(headers, rows, emptyRows, decimals, encoding);
        }

        private static boolean isComment(List<RawCell> cells) {
            RawCell first = cells.isEmpty() ? null : cells.get(0);
            return first != null && first.kind() == RawCell.Kind.TEXT && first.text().strip().startsWith("#");
        }
    }
}
