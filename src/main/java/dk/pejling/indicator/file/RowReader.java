package dk.pejling.indicator.file;

import dk.pejling.indicator.MeasurementInput;
import dk.pejling.indicator.MeasurementPeriod;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.tabular.CellReader;
import dk.pejling.shared.tabular.ImportProblem;
import dk.pejling.shared.tabular.MappedTable;
import dk.pejling.shared.tabular.RawCell;
import dk.pejling.shared.tabular.RowError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the cells of one row of a measurement file: numbers by the file's rule and the texts through
 * the shared {@link CellReader}, the period here; every problem becomes a row error.
 */
final class RowReader {

    record Result(ImportRow row, List<RowError> errors) {
    }

    private final MappedTable<MeasurementColumn> table;
    private final CellReader<MeasurementColumn> cells;

    RowReader(MappedTable<MeasurementColumn> table) {
        this.table = table;
        this.cells = new CellReader<>(table);
    }

    String column(MeasurementColumn column) {
        return cells.column(column);
    }

    Result read(MappedTable.Row<MeasurementColumn> raw) {
        List<RowError> errors = new ArrayList<>();
        int row = raw.row();
        String indicator = cells.text(raw, MeasurementColumn.INDICATOR, errors);
        if (indicator == null && errors.isEmpty()) {
            errors.add(RowError.of(row, column(MeasurementColumn.INDICATOR), ImportProblem.REQUIRED));
        }
        MeasurementPeriod period = period(raw, errors);
        String step = cells.text(raw, MeasurementColumn.STEP, errors);
        BigDecimal value = cells.number(raw, MeasurementColumn.VALUE, errors);
        if (value == null && raw.cell(MeasurementColumn.VALUE).blank()) {
            errors.add(RowError.of(row, column(MeasurementColumn.VALUE), ImportProblem.REQUIRED));
        }
        Integer sampleSize = cells.wholeNumber(raw, MeasurementColumn.SAMPLE_SIZE, errors);
        BigDecimal ciLow = cells.number(raw, MeasurementColumn.CI_LOW, errors);
        BigDecimal ciHigh = cells.number(raw, MeasurementColumn.CI_HIGH, errors);
        String note = cells.text(raw, MeasurementColumn.NOTE, errors);
        String source = cells.text(raw, MeasurementColumn.SOURCE, errors);
        String evidenceUrl = cells.text(raw, MeasurementColumn.EVIDENCE_URL, errors);
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        ImportRow result = new ImportRow(row, indicator, period, step, value, sampleSize, ciLow, ciHigh, note, source,
                evidenceUrl, Set.copyOf(table.headers().keySet()));
        errors.addAll(invalid(row, () -> result.input(null)));
        return new Result(errors.isEmpty() ? result : null, errors);
    }

    /** The rules of {@link MeasurementInput}, as row errors. */
    List<RowError> invalid(int row, Supplier<MeasurementInput> input) {
        return cells.invalid(row, input::get, MeasurementColumn::ofInputField);
    }

    private MeasurementPeriod period(MappedTable.Row<MeasurementColumn> raw, List<RowError> errors) {
        RawCell cell = raw.cell(MeasurementColumn.PERIOD);
        String column = column(MeasurementColumn.PERIOD);
        if (cell.blank()) {
            errors.add(RowError.of(raw.row(), column, ImportProblem.REQUIRED));
            return null;
        }
        String text = switch (cell.kind()) {
            case TEXT -> cell.text().strip();
            case NUMBER -> cell.number().stripTrailingZeros().scale() <= 0 ? cell.number().toBigInteger().toString() : cell.text();
            case DATE -> {
                LocalDate date = cell.date();
                if (date.getDayOfMonth() != 1) {
                    errors.add(RowError.of(raw.row(), column, MeasurementProblem.DATE_NOT_A_PERIOD, date.toString()));
                    yield null;
                }
                yield String.format("%04d-%02d", date.getYear(), date.getMonthValue());
            }
            case ERROR -> {
                errors.add(RowError.of(raw.row(), column, ImportProblem.EXCEL_ERROR, cell.text()));
                yield null;
            }
        };
        if (text == null) {
            return null;
        }
        try {
            return MeasurementPeriod.of(text);
        } catch (InvalidInputException e) {
            errors.add(RowError.of(raw.row(), column, MeasurementProblem.NOT_A_PERIOD, text));
            return null;
        }
    }
}
