package dk.pejling.shared.tabular;

import dk.pejling.shared.Coded;
import dk.pejling.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the cells of a {@link MappedTable}'s rows as texts, numbers (by the file's rule), whole
 * numbers, dates and choices; every cell that cannot be read becomes a {@link RowError} naming the
 * row and the column as the file writes it, and the value is then null.
 */
public final class CellReader<C extends Enum<C> & TableColumn> {

    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);

    private final MappedTable<C> table;

    public CellReader(MappedTable<C> table) {
        this.table = table;
    }

    public String column(C column) {
        return table.column(column);
    }

    public String text(MappedTable.Row<C> row, C c, List<RowError> errors) {
        RawCell cell = row.cell(c);
        if (cell.kind() == RawCell.Kind.ERROR) {
            errors.add(RowError.of(row.row(), column(c), ImportProblem.EXCEL_ERROR, cell.text()));
            return null;
        }
        return cell.blank() ? null : cell.text().strip();
    }

    /** A text that must be there. */
    public String required(MappedTable.Row<C> row, C c, List<RowError> errors) {
        int before = errors.size();
        String text = text(row, c, errors);
        if (text == null && errors.size() == before) {
            errors.add(RowError.of(row.row(), column(c), ImportProblem.REQUIRED));
        }
        return text;
    }

    public BigDecimal number(MappedTable.Row<C> row, C c, List<RowError> errors) {
        RawCell cell = row.cell(c);
        try {
            return switch (cell.kind()) {
                case TEXT -> cell.blank() ? null : table.decimals().parse(cell.text());
                case NUMBER -> DecimalStyle.POINT.parse(cell.number().toPlainString());
                case DATE -> throw new CellProblem(ImportProblem.NOT_A_NUMBER, cell.text());
                case ERROR -> throw new CellProblem(ImportProblem.EXCEL_ERROR, cell.text());
            };
        } catch (CellProblem p) {
            errors.add(p.at(row.row(), column(c)));
            return null;
        }
    }

    public Integer wholeNumber(MappedTable.Row<C> row, C c, List<RowError> errors) {
        int before = errors.size();
        BigDecimal number = number(row, c, errors);
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0 || number.abs().compareTo(MAX_INT) > 0) {
            errors.add(RowError.of(row.row(), column(c), ImportProblem.NOT_A_WHOLE_NUMBER, row.cell(c).text().strip()));
            return null;
        }
        return errors.size() == before ? number.intValueExact() : null;
    }

    /** A date: a workbook's date cell, or ISO-8601 text (2026-12-31). */
    public LocalDate date(MappedTable.Row<C> row, C c, List<RowError> errors) {
        RawCell cell = row.cell(c);
        return switch (cell.kind()) {
            case DATE -> cell.date();
            case ERROR -> {
                errors.add(RowError.of(row.row(), column(c), ImportProblem.EXCEL_ERROR, cell.text()));
                yield null;
            }
            default -> {
                if (cell.blank()) {
                    yield null;
                }
                try {
                    yield LocalDate.parse(cell.text().strip());
                } catch (DateTimeParseException e) {
                    errors.add(RowError.of(row.row(), column(c), ImportProblem.NOT_A_DATE, cell.text().strip()));
                    yield null;
                }
            }
        };
    }

    /**
     * One of an enum's constants: its Danish code when it has one ({@link Coded}, what the export writes),
     * or its name in any case, with hyphens or spaces for underscores.
     */
    public <E extends Enum<E>> E choice(MappedTable.Row<C> row, C c, Class<E> type, List<RowError> errors) {
        String text = text(row, c, errors);
        if (text == null) {
            return null;
        }
        String name = text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name) || constant instanceof Coded coded && coded.code().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        errors.add(RowError.of(row.row(), column(c), ImportProblem.NOT_ONE_OF, text, Arrays.stream(type.getEnumConstants())
                .map(e -> e instanceof Coded coded ? coded.code() : e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "))));
        return null;
    }

    /** A list written with {@code |} between its items, e.g. several partners. */
    public List<String> list(MappedTable.Row<C> row, C c, List<RowError> errors) {
        String text = text(row, c, errors);
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The rules of the record a row becomes, as row errors: each field error goes to the column the
     * field comes from, or else to the field's name.
     */
    public List<RowError> invalid(int row, Runnable build, Function<String, Optional<C>> columnOfField) {
        try {
            build.run();
            return List.of();
        } catch (InvalidInputException e) {
            List<RowError> errors = new ArrayList<>();
            e.fieldErrors().forEach((field, message) -> errors.add(RowError.of(row,
                    columnOfField.apply(field).map(this::column).orElse(field), ImportProblem.INVALID, message)));
            return errors;
        }
    }
}
