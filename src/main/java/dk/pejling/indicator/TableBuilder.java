package dk.pejling.indicator;

import dk.pejling.indicator.RawTable.RawRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns the header row and the data rows of a CSV file or a workbook into a {@link RawTable}: maps
 * the header names to columns, skips empty rows and rows whose first cell starts with {@code #},
 * and refuses a file with missing, unknown or repeated columns or too many rows.
 */
final class TableBuilder {

    private final int maxRows;
    private final DecimalStyle decimals;
    private final String encoding;
    private final Map<Integer, MeasurementColumn> byIndex = new LinkedHashMap<>();
    private final Map<MeasurementColumn, String> headers = new EnumMap<>(MeasurementColumn.class);
    private final List<RawRow> rows = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();
    private int emptyRows;
    private boolean headerSeen;

    TableBuilder(int maxRows, DecimalStyle decimals, String encoding) {
        this.maxRows = maxRows;
        this.decimals = decimals;
        this.encoding = encoding;
    }

    boolean headerSeen() {
        return headerSeen;
    }

    void header(List<String> names) {
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            MeasurementColumn column = MeasurementColumn.ofHeader(name).orElse(null);
            if (column == null) {
                unknown.add(quoted(name));
            } else if (headers.containsKey(column)) {
                throw new ImportFileException(ImportProblem.DUPLICATE_COLUMN, quoted(name));
            } else {
                headers.put(column, name);
                byIndex.put(i, column);
            }
        }
        List<String> missing = Arrays.stream(MeasurementColumn.values())
                .filter(c -> c.required() && !headers.containsKey(c)).map(c -> quoted(c.header(FileDialect.DANISH))).toList();
        if (headers.isEmpty()) {
            // Nothing in the first row names a column: the file has no header row.
            throw new ImportFileException(ImportProblem.MISSING_COLUMNS, String.join(", ", missing));
        }
        if (!unknown.isEmpty()) {
            throw new ImportFileException(ImportProblem.UNKNOWN_COLUMNS, String.join(", ", unknown),
                    Arrays.stream(MeasurementColumn.values()).map(c -> c.header(FileDialect.DANISH)).collect(Collectors.joining(", ")));
        }
        if (!missing.isEmpty()) {
            throw new ImportFileException(ImportProblem.MISSING_COLUMNS, String.join(", ", missing));
        }
        headerSeen = true;
    }

    void row(int rowNumber, List<RawCell> cells) {
        if (cells.stream().allMatch(c -> c == null || c.blank()) || isComment(cells)) {
            emptyRows++;
            return;
        }
        if (rows.size() >= maxRows) {
            throw new ImportFileException(ImportProblem.TOO_MANY_ROWS, String.valueOf(maxRows));
        }
        Map<MeasurementColumn, RawCell> byColumn = new EnumMap<>(MeasurementColumn.class);
        for (int i = 0; i < cells.size(); i++) {
            RawCell cell = cells.get(i);
            if (cell == null || cell.blank()) {
                continue;
            }
            MeasurementColumn column = byIndex.get(i);
            if (column == null) {
                errors.add(RowError.of(rowNumber, String.valueOf(i + 1), ImportProblem.VALUE_WITHOUT_COLUMN, String.valueOf(i + 1)));
            } else {
                byColumn.put(column, unescape(cell));
            }
        }
        rows.add(new RawRow(rowNumber, byColumn));
    }

    void skippedRows(int count) {
        emptyRows += Math.max(count, 0);
    }

    RawTable build() {
        if (!headerSeen) {
            throw new ImportFileException(ImportProblem.FILE_EMPTY);
        }
        return new RawTable(headers, List.copyOf(rows), List.copyOf(errors), emptyRows, decimals, encoding);
    }

    private static boolean isComment(List<RawCell> cells) {
        RawCell first = cells.isEmpty() ? null : cells.get(0);
        return first != null && first.kind() == RawCell.Kind.TEXT && first.text().strip().startsWith("#");
    }

    /** The export writes a text that Excel would take for a formula with a leading apostrophe; read it back without. */
    private static RawCell unescape(RawCell cell) {
        if (cell.kind() != RawCell.Kind.TEXT) {
            return cell;
        }
        String restored = dk.pejling.shared.SpreadsheetCells.restore(cell.text());
        return restored.equals(cell.text()) ? cell : RawCell.text(restored);
    }

    private static String quoted(String name) {
        return "\u201c" + name + "\u201d";
    }
}
