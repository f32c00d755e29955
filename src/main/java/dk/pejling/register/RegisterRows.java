package dk.pejling.register;

import dk.pejling.shared.Coded;
import dk.pejling.shared.ForbiddenException;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.tabular.CellReader;
import dk.pejling.shared.tabular.ImportProblem;
import dk.pejling.shared.tabular.RowError;
import dk.pejling.shared.tabular.MappedTable;
import dk.pejling.shared.tabular.RawCell;
import dk.pejling.shared.tabular.TableColumn;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** What the importers write and compare alike: codes, lists, and whether a stored record exports as a row. */
public final class RegisterRows {

    private RegisterRows() {
    }

    public static String code(Coded value) {
        return value == null ? null : value.code();
    }

    /** Several values in one cell, separated by {@code |}; null for none. */
    public static String list(Collection<String> values) {
        return values == null || values.isEmpty() ? null : String.join("|", values);
    }

    /**
     * Whether a stored record, exported as {@code exported} (in the columns' order), is what the row
     * says in every column the file has: the row then changes nothing.
     */
    public static <C extends Enum<C> & TableColumn> boolean same(List<Object> exported, MappedTable<C> table,
                                                                  MappedTable.Row<C> row) {
        for (C column : EnumSet.copyOf(table.headers().keySet())) {
            Object stored = exported.get(column.ordinal());
            if (!equal(text(stored), text(row.cell(column)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Runs one row's creation. Its field errors go to the columns they come from ({@code columnOfField},
     * else the field's name), a refusal becomes {@link ImportProblem#NOT_ALLOWED}; then null is answered.
     */
    public static <C extends Enum<C> & TableColumn, T> T attempt(CellReader<C> cells, int row, String what,
                                                                  Function<String, Optional<C>> columnOfField,
                                                                  Supplier<T> create, List<RowError> errors) {
        try {
            return create.get();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, message) -> errors.add(RowError.of(row,
                    columnOfField.apply(field).map(cells::column).orElse(field), ImportProblem.INVALID, message)));
        } catch (ForbiddenException e) {
            errors.add(RowError.of(row, "", ImportProblem.NOT_ALLOWED, what));
        } catch (NotFoundException e) {
            errors.add(RowError.of(row, "", ImportProblem.INVALID, e.getMessage()));
        }
        return null;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return normaliseList(value.toString().strip());
    }

    private static String text(RawCell cell) {
        return switch (cell.kind()) {
            case NUMBER -> cell.number().stripTrailingZeros().toPlainString();
            default -> normaliseList(cell.text().strip());
        };
    }

    private static String normaliseList(String text) {
        return text.indexOf('|') < 0 ? text
                : Arrays.stream(text.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.joining("|"));
    }

    private static boolean equal(String a, String b) {
        if (Objects.equals(a, b)) {
            return true;
        }
        try {
            return new BigDecimal(a.replace(',', '.')).compareTo(new BigDecimal(b.replace(',', '.'))) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
