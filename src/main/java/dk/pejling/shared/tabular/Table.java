package dk.pejling.shared.tabular;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A read table: the header names as written, and the data rows (empty rows and rows whose first cell
 * starts with {@code #} left out) with their row numbers.
 */
public record Table(List<String> headers, List<Row> rows) {

    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public record Row(int number, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public String cell(int column) {
            return column < 0 || column >= cells.size() ? "" : cells.get(column).strip();
        }
    }

    /** The first column whose header is one of the names, ignoring case and the Danish letters' spelling. */
    public Optional<Integer> column(String... names) {
        for (int i = 0; i < headers.size(); i++) {
            String h = fold(headers.get(i));
            for (String name : names) {
                if (h.equals(fold(name))) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    /** "OMRÅDE", "omraade" and "Område" are the same header. */
    static String fold(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace("å", "aa").replace("æ", "ae").replace("ø", "oe");
    }
}
