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
import dk.pejling.shared.tabular.CellItems;
import dk.pejling.shared.tabular.DecimalStyle;
import dk.pejling.shared.tabular.FileDialect;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What the importers write and compare alike: codes, lists, and whether a stored record exports as a row. */
public final class RegisterRows {

    private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,120}");

    private RegisterRows() {
    }

    /** A key that must be there and be lowercase letters, digits and hyphens (a strategy's or an indicator's); else null. */
    public static <C extends Enum<C> & TableColumn> String key(CellReader<C> cells, MappedTable.Row<C> row, C column,
                                                               List<RowError> errors) {
        String key = cells.required(row, column, errors);
        if (key != null && !KEY.matcher(key).matches()) {
            errors.add(RowError.of(row.row(), cells.column(column), RegisterProblem.KEY_FORMAT, key));
            return null;
        }
        return key;
    }

    /**
     * The items of a cell in the one-cell syntax ({@link CellItems}); a cell that does not follow it is
     * a row error and gives no items.
     */
    public static <C extends Enum<C> & TableColumn> List<CellItems.Item> items(CellReader<C> cells, MappedTable.Row<C> row,
                                                                               C column, List<RowError> errors) {
        try {
            return CellItems.parse(cells.text(row, column, errors));
        } catch (CellItems.SyntaxException e) {
            errors.add(RowError.of(row.row(), cells.column(column), RegisterProblem.CELL_QUOTES, e.item()));
            return List.of();
        }
    }

    /** Each label of the item that is not one of {@code known} is an {@link RegisterProblem#UNKNOWN_LABEL}. */
    public static void unknownLabels(CellItems.Item item, java.util.Set<String> known, int row, String column,
                                     List<RowError> errors) {
        String labels = known.stream().sorted().collect(Collectors.joining(", "));
        item.labelled().keySet().stream().filter(l -> !known.contains(l))
                .forEach(l -> errors.add(RowError.of(row, column, RegisterProblem.UNKNOWN_LABEL, item.text(), l, labels)));
    }

    /** A number inside a cell, written with the file's decimal mark; else a row error and null. */
    public static BigDecimal number(String text, FileDialect dialect, int row, String column, List<RowError> errors) {
        try {
            return dialect.decimals().parse(text);
        } catch (dk.pejling.shared.tabular.CellProblem p) {
            errors.add(p.at(row, column));
        } catch (NumberFormatException e) {
            errors.add(RowError.of(row, column, ImportProblem.NOT_A_NUMBER, text));
        }
        return null;
    }

    /**
     * The language a file is written in, so a stored record is compared with a row as the export of
     * that language would write it: a CSV file by its separator, a workbook by its key column's name.
     */
    public static <C extends Enum<C> & TableColumn> FileDialect dialect(MappedTable<C> table) {
        if (table.decimals() != DecimalStyle.EITHER) {
            return table.decimals() == DecimalStyle.POINT ? FileDialect.ENGLISH : FileDialect.DANISH;
        }
        return table.headers().entrySet().stream().findFirst()
                .filter(e -> TableColumn.normalise(e.getValue()).equals(TableColumn.normalise(e.getKey().english()))
                        && !TableColumn.normalise(e.getValue()).equals(TableColumn.normalise(e.getKey().danish())))
                .map(e -> FileDialect.ENGLISH).orElse(FileDialect.DANISH);
    }

    /**
     * Keeps the row a key was first seen in; a key seen before is a {@link ImportProblem#DUPLICATE_KEY}
     * on {@code column} naming the first row.
     */
    public static <C extends Enum<C> & TableColumn> void once(Map<String, Integer> firstRow, String key, String shown,
                                                              CellReader<C> cells, MappedTable.Row<C> row, C column,
                                                              List<RowError> errors) {
        Integer first = firstRow.putIfAbsent(key, row.row());
        if (first != null) {
            errors.add(RowError.of(row.row(), cells.column(column), ImportProblem.DUPLICATE_KEY, String.valueOf(first), shown));
        }
    }

    /**
     * The records rows are grouped under (a goal's or an initiative's strategy), each looked up once by
     * key; when one is found the first time, {@code onFirst} loads what is stored under it.
     */
    public static final class Owners<S> {
        private final Map<String, Optional<S>> byKey = new java.util.HashMap<>();
        private final Function<String, Optional<S>> find;
        private final java.util.function.Consumer<S> onFirst;

        public Owners(Function<String, Optional<S>> find, java.util.function.Consumer<S> onFirst) {
            this.find = find;
            this.onFirst = onFirst;
        }

        /**
         * The owner with this key, or null and an {@link ImportProblem#UNKNOWN_REFERENCE} to a {@code what}
         * on {@code column}.
         */
        public <C extends Enum<C> & TableColumn> S get(String key, String what, CellReader<C> cells, MappedTable.Row<C> row,
                                                       C column, List<RowError> errors) {
            if (key == null) {
                return null;
            }
            Optional<S> owner = byKey.get(key);
            if (owner == null) {
                owner = find.apply(key);
                byKey.put(key, owner);
                owner.ifPresent(onFirst);
            }
            if (owner.isEmpty()) {
                errors.add(RowError.of(row.row(), cells.column(column), ImportProblem.UNKNOWN_REFERENCE, what, key));
            }
            return owner.orElse(null);
        }
    }

    /**
     * Creates rows that may name a parent, parents first, so the rows may come in any order: each pass
     * creates the rows whose parent is known by now (stored, or created in an earlier pass) and adds
     * them to {@code known}.
     *
     * @param id       a row's own key, as {@code known} holds it
     * @param parentId its parent's key, or null for a row without a parent
     * @param create   creates a row under its parent (null for none); answers null when the row could not be created
     * @return the rows whose parent was never found, in file order
     */
    public static <P, T> List<P> parentsFirst(List<P> pending, Function<P, String> id, Function<P, String> parentId,
                                              Map<String, T> known, BiFunction<P, T, T> create) {
        List<P> waiting = new ArrayList<>(pending);
        boolean progress = true;
        while (!waiting.isEmpty() && progress) {
            progress = false;
            for (Iterator<P> it = waiting.iterator(); it.hasNext(); ) {
                P row = it.next();
                String parentKey = parentId.apply(row);
                T parent = parentKey == null ? null : known.get(parentKey);
                if (parentKey != null && parent == null) {
                    continue;
                }
                it.remove();
                progress = true;
                T created = create.apply(row, parent);
                if (created != null) {
                    known.put(id.apply(row), created);
                }
            }
        }
        return waiting;
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
     * A row whose key a stored record has. An import only creates: the row is {@link RegisterChange.Action#UNCHANGED}
     * when the stored record, exported as {@code exported}, is what the row says ({@link #same}), and a
     * {@link ImportProblem#KEY_EXISTS} on {@code keyColumn} otherwise.
     */
    public static <C extends Enum<C> & TableColumn> void stored(List<Object> exported, MappedTable<C> table,
                                                                 MappedTable.Row<C> row, CellReader<C> cells, C keyColumn,
                                                                 String key, String title, List<RegisterChange> changes,
                                                                 List<RowError> errors) {
        if (same(exported, table, row)) {
            changes.add(new RegisterChange(row.row(), key, title, RegisterChange.Action.UNCHANGED));
        } else {
            errors.add(RowError.of(row.row(), cells.column(keyColumn), ImportProblem.KEY_EXISTS, key));
        }
    }

    /**
     * Runs one row's creation. Its field errors go to the columns they come from ({@code columnOfField},
     * else the field's name), a refusal becomes {@link ImportProblem#NOT_ALLOWED}, a record it needs that is not
     * there {@link ImportProblem#NOT_FOUND}; then null is answered.
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
            errors.add(RowError.of(row, "", ImportProblem.NOT_FOUND, e.what(), e.id()));
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
