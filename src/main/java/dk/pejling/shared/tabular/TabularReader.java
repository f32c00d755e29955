package dk.pejling.shared.tabular;

import java.util.List;

/**
 * Reads a CSV file or the data sheet of an Excel workbook into a {@link Table} of text cells, for an
 * import that looks its columns up by name ({@link Table#column}). It is the same reading as every
 * other import ({@link TableFileReader}: encodings, separators, the zip-bomb check, the size and row
 * limits, comment rows), with each cell as the text the file shows.
 */
public final class TabularReader {

    private final TableFileReader reader;

    public TabularReader(long maxBytes, int maxRows) {
        this.reader = new TableFileReader(maxBytes, maxRows);
    }

    public Table read(String fileName, byte[] bytes) {
        RawSheet sheet = reader.read(fileName, bytes);
        List<Table.Row> rows = sheet.rows().stream()
                .map(r -> new Table.Row(r.row(), r.cells().stream().map(c -> dk.pejling.shared.SpreadsheetCells.restore(c.text())).toList()))
                .toList();
        return new Table(sheet.headers(), rows);
    }
}
