package dk.pejling.shared.tabular;

import dk.pejling.shared.SpreadsheetCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the rows of an export or a template as CSV or as an Excel workbook. CSV gets a UTF-8 byte order
 * mark and the dialect's separator and decimal mark, so Excel opens it in the right columns; a text
 * Excel would run as a formula gets a leading apostrophe ({@link SpreadsheetCells}, the rule of every
 * export), which the import takes off again. In a workbook, numbers are number cells and every other
 * value is a text cell, never a formula, and neutralised the same way in case it is saved as CSV.
 */
public final class TableFileWriter {

    /** A sheet: a header row, rows of String, BigDecimal, Integer or null, and the widths of its columns. */
    public record Sheet(String name, List<String> header, List<List<Object>> rows, List<Integer> widths) {
    }

    private TableFileWriter() {
    }

    public static void csv(FileDialect dialect, Sheet sheet, List<String> comments, OutputStream out) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(dialect.separator()).setRecordSeparator("\r\n")
                .setQuoteMode(QuoteMode.MINIMAL).get();
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, format);
            printer.printRecord(sheet.header());
            for (String comment : comments) {
                printer.printRecord("# " + comment);
            }
            for (List<Object> row : sheet.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (Object value : row) {
                    cells.add(text(value, dialect));
                }
                printer.printRecord(cells);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void xlsx(List<Sheet> sheets, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Pejling", "1.0");
            for (Sheet sheet : sheets) {
                Worksheet ws = workbook.newWorksheet(sheet.name());
                for (int c = 0; c < sheet.header().size(); c++) {
                    ws.value(0, c, SpreadsheetCells.neutralise(sheet.header().get(c)));
                    ws.style(0, c).bold().set();
                }
                for (int r = 0; r < sheet.rows().size(); r++) {
                    List<Object> row = sheet.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        Object value = row.get(c);
                        if (value instanceof BigDecimal number) {
                            ws.value(r + 1, c, new BigDecimal(number.stripTrailingZeros().toPlainString()));
                        } else if (value instanceof Integer number) {
                            ws.value(r + 1, c, number);
                        } else if (value != null) {
                            ws.value(r + 1, c, SpreadsheetCells.neutralise(value.toString()));
                        }
                    }
                }
                for (int c = 0; c < sheet.widths().size(); c++) {
                    ws.width(c, sheet.widths().get(c));
                }
                ws.freezePane(0, 1);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object value, FileDialect dialect) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return dialect.decimals().format(number);
        }
        if (value instanceof Integer number) {
            return number.toString();
        }
        return SpreadsheetCells.neutralise(value.toString());
    }
}
