package dk.pejling.shared.tabular;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Maps the header row of a {@link RawSheet} to an import's columns and its rows to cells by column,
 * refusing a file with missing, unknown or repeated columns. A text that the export wrote with a
 * leading apostrophe (so Excel would not run it as a formula) is read back without it.
 */
public final class ColumnMapping {

    private ColumnMapping() {
    }

    public static <C extends Enum<C> & TableColumn> MappedTable<C> map(RawSheet sheet, Class<C> columns) {
        Map<Integer, C> byIndex = new LinkedHashMap<>();
        Map<C, String> headers = new EnumMap<>(columns);
        List<String> unknown = new ArrayList<>();
        List<String> names = sheet.headers();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            C column = EnumSet.allOf(columns).stream().filter(c -> c.named(name)).findFirst().orElse(null);
            if (column == null) {
                unknown.add(quoted(name));
            } else if (headers.containsKey(column)) {
                throw new ImportFileException(ImportProblem.DUPLICATE_COLUMN, quoted(name));
            } else {
                headers.put(column, name);
                byIndex.put(i, column);
            }
        }
        List<String> missing = EnumSet.allOf(columns).stream()
                .filter(c -> c.required() && !headers.containsKey(c)).map(c -> quoted(c.danish())).toList();
        if (headers.isEmpty()) {
            // Nothing in the first row names a column: the file has no header row.
            throw new ImportFileException(ImportProblem.MISSING_COLUMNS, String.join(", ", missing));
        }
        if (!unknown.isEmpty()) {
            throw new ImportFileException(ImportProblem.UNKNOWN_COLUMNS, String.join(", ", unknown),
                    EnumSet.allOf(columns).stream().map(TableColumn::danish).collect(Collectors.joining(", ")));
        }
        if (!missing.isEmpty()) {
            throw new ImportFileException(ImportProblem.MISSING_COLUMNS, String.join(", ", missing));
        }
        List<MappedTable.Row<C>> rows = new ArrayList<>(sheet.rows().size());
        List<RowError> errors = new ArrayList<>();
        for (RawSheet.Row raw : sheet.rows()) {
            Map<C, RawCell> byColumn = new EnumMap<>(columns);
            for (int i = 0; i < raw.cells().size(); i++) {
                RawCell cell = raw.cells().get(i);
                if (cell.blank()) {
                    continue;
                }
                C column = byIndex.get(i);
                if (column == null) {
                    errors.add(RowError.of(raw.row(), String.valueOf(i + 1), ImportProblem.VALUE_WITHOUT_COLUMN, String.valueOf(i + 1)));
                } else {
                    byColumn.put(column, unescape(cell));
                }
            }
            rows.add(new MappedTable.Row<>(raw.row(), byColumn));
        }
        return new MappedTable<>(headers, rows, errors, sheet.emptyRows(), sheet.decimals(), sheet.encoding());
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
