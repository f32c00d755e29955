package dk.pejling.shared.tabular;

import java.util.List;

/**
 * Why one row of an imported file cannot be imported.
 *
 * @param row     the row number as a spreadsheet shows it: the header row is row 1
 * @param column  the column's name as the file's header row writes it
 * @param problem what is wrong; {@link #message()} says it in English
 * @param args    the values the message names
 */
public record RowError(int row, String column, Problem problem, List<String> args) {

    public RowError {
        args = List.copyOf(args);
    }

    public static RowError of(int row, String column, Problem problem, String... args) {
        return new RowError(row, column, problem, List.of(args));
    }

    public String message() {
        return problem.message(args.toArray());
    }
}
