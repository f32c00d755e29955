package dk.pejling.indicator;

import dk.pejling.indicator.RawTable.RawRow;
import dk.pejling.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Reads the cells of one row: numbers by the file's rule, the period, the texts; every problem becomes a row error. */
final class RowReader {

    record Result(ImportRow row, List<RowError> errors) {
    }

    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);
    private final Map<MeasurementColumn, String> headers;
    private final DecimalStyle decimals;

    RowReader(Map<MeasurementColumn, String> headers, DecimalStyle decimals) {
        this.headers = headers;
        this.decimals = decimals;
    }

    String column(MeasurementColumn column) {
        return headers.getOrDefault(column, column.header(FileDialect.DANISH));
    }

    Result read(RawRow raw) {
        List<RowError> errors = new ArrayList<>();
        int row = raw.row();
        String indicator = text(raw, MeasurementColumn.INDICATOR, errors);
        if (indicator == null && errors.isEmpty()) {
            errors.add(RowError.of(row, column(MeasurementColumn.INDICATOR), ImportProblem.REQUIRED));
        }
        MeasurementPeriod period = period(raw, errors);
        String step = text(raw, MeasurementColumn.STEP, errors);
        BigDecimal value = number(raw, MeasurementColumn.VALUE, errors);
        if (value == null && raw.cell(MeasurementColumn.VALUE).blank()) {
            errors.add(RowError.of(row, column(MeasurementColumn.VALUE), ImportProblem.REQUIRED));
        }
        Integer sampleSize = wholeNumber(raw, MeasurementColumn.SAMPLE_SIZE, errors);
        BigDecimal ciLow = number(raw, MeasurementColumn.CI_LOW, errors);
        BigDecimal ciHigh = number(raw, MeasurementColumn.CI_HIGH, errors);
        String note = text(raw, MeasurementColumn.NOTE, errors);
        String source = text(raw, MeasurementColumn.SOURCE, errors);
        String evidenceUrl = text(raw, MeasurementColumn.EVIDENCE_URL, errors);
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        ImportRow result = new ImportRow(row, indicator, period, step, value, sampleSize, ciLow, ciHigh, note, source,
                evidenceUrl, Set.copyOf(headers.keySet()));
        errors.addAll(invalid(row, () -> result.input(null)));
        return new Result(errors.isEmpty() ? result : null, errors);
    }

    /** The rules of {@link MeasurementInput}, as row errors. */
    List<RowError> invalid(int row, Supplier<MeasurementInput> input) {
        try {
            input.get();
            return List.of();
        } catch (InvalidInputException e) {
            List<RowError> errors = new ArrayList<>();
            e.fieldErrors().forEach((field, message) -> errors.add(RowError.of(row,
                    MeasurementColumn.ofInputField(field).map(this::column).orElse(field), ImportProblem.INVALID, message)));
            return errors;
        }
    }

    private MeasurementPeriod period(RawRow raw, List<RowError> errors) {
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
                    errors.add(RowError.of(raw.row(), column, ImportProblem.DATE_NOT_A_PERIOD, date.toString()));
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
            errors.add(RowError.of(raw.row(), column, ImportProblem.NOT_A_PERIOD, text));
            return null;
        }
    }

    private BigDecimal number(RawRow raw, MeasurementColumn c, List<RowError> errors) {
        RawCell cell = raw.cell(c);
        try {
            return switch (cell.kind()) {
                case TEXT -> cell.blank() ? null : decimals.parse(cell.text());
                case NUMBER -> DecimalStyle.POINT.parse(cell.number().toPlainString());
                case DATE -> throw new CellProblem(ImportProblem.NOT_A_NUMBER, cell.text());
                case ERROR -> throw new CellProblem(ImportProblem.EXCEL_ERROR, cell.text());
            };
        } catch (CellProblem p) {
            errors.add(p.at(raw.row(), column(c)));
            return null;
        }
    }

    private Integer wholeNumber(RawRow raw, MeasurementColumn c, List<RowError> errors) {
        int before = errors.size();
        BigDecimal number = number(raw, c, errors);
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0 || number.abs().compareTo(MAX_INT) > 0) {
            errors.add(RowError.of(raw.row(), column(c), ImportProblem.NOT_A_WHOLE_NUMBER, raw.cell(c).text().strip()));
            return null;
        }
        return errors.size() == before ? number.intValueExact() : null;
    }

    private String text(RawRow raw, MeasurementColumn c, List<RowError> errors) {
        RawCell cell = raw.cell(c);
        if (cell.kind() == RawCell.Kind.ERROR) {
            errors.add(RowError.of(raw.row(), column(c), ImportProblem.EXCEL_ERROR, cell.text()));
            return null;
        }
        return cell.blank() ? null : cell.text().strip();
    }
}
