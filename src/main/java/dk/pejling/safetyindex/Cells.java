package dk.pejling.safetyindex;

import dk.pejling.safetyindex.ImportReport.RowError;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.tabular.Table;
import java.util.List;

/** Reads the cells of one import row; every problem becomes a row error and the cell reads as null. */
final class Cells {

    private final Table table;
    private final Table.Row row;
    private final List<RowError> errors;

    Cells(Table table, Table.Row row, List<RowError> errors) {
        this.table = table;
        this.row = row;
        this.errors = errors;
    }

    void error(int column, String message) {
        errors.add(new RowError(row.number(), table.headers().get(column), message));
    }

    String text(int column, boolean required) {
        String text = row.cell(column);
        if (text.isEmpty() && required) {
            error(column, "must be filled in");
            return null;
        }
        return text;
    }

    String area(int column, AreaTree areas) {
        String code = text(column, true);
        if (code == null) {
            return null;
        }
        if (!areas.contains(code)) {
            error(column, "there is no area with the code \u201c" + code + "\u201d");
            return null;
        }
        return code;
    }

    Period period(int column) {
        String text = text(column, true);
        if (text == null) {
            return null;
        }
        try {
            return Period.of(text);
        } catch (InvalidInputException e) {
            error(column, "\u201c" + text + "\u201d is not a period; write e.g. 2021, 2021H1 or 2021K1");
            return null;
        }
    }

    /** A whole number of at least {@code min}; Danish thousands separators (27.510) are read. */
    Long whole(int column, long min) {
        String text = text(column, true);
        if (text == null) {
            return null;
        }
        try {
            long n = Long.parseLong(text.replace(".", "").replace(" ", ""));
            if (n < min) {
                error(column, "must be at least " + min);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            error(column, "\u201c" + text + "\u201d is not a whole number");
            return null;
        }
    }

    /** A number above 0, with a decimal comma or point (a post-stratification weight). */
    Double positive(int column) {
        String text = text(column, true);
        if (text == null) {
            return null;
        }
        try {
            double x = Double.parseDouble(text.replace(',', '.'));
            if (!(x > 0) || Double.isInfinite(x)) {
                error(column, "must be above 0");
                return null;
            }
            return x;
        } catch (NumberFormatException e) {
            error(column, "\u201c" + text + "\u201d is not a number");
            return null;
        }
    }
}
