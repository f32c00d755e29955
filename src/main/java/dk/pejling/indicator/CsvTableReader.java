package dk.pejling.indicator;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV measurement file. The header row decides the separator: {@code ;} when it has one
 * (then decimals are written with a comma), otherwise {@code ,} (then with a point). Cells may be
 * quoted with {@code "}; a row number is the record's number, as a spreadsheet counts rows.
 */
final class CsvTableReader {

    private CsvTableReader() {
    }

    static RawTable read(byte[] bytes, int maxRows) {
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        String text = decoded.text();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ImportFileException(ImportProblem.FILE_EMPTY);
        }
        char separator = separator(firstLine(text));
        DecimalStyle decimals = separator == ';' ? DecimalStyle.COMMA : DecimalStyle.POINT;
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false).get();
        TableBuilder table = new TableBuilder(maxRows, decimals, decoded.encoding());
        int row = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                row++;
                List<String> values = record.toList();
                if (!table.headerSeen()) {
                    if (values.stream().allMatch(String::isBlank)) {
                        table.skippedRows(1);
                        continue;
                    }
                    table.header(values);
                    continue;
                }
                List<RawCell> cells = new ArrayList<>(values.size());
                values.forEach(v -> cells.add(RawCell.text(v)));
                table.row(row, cells);
            }
        } catch (UncheckedIOException | IOException e) {
            throw new ImportFileException(ImportProblem.CSV_QUOTES, String.valueOf(row + 1));
        }
        return table.build();
    }

    private static String firstLine(String text) {
        String trimmed = text.stripLeading();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end);
    }

    private static char separator(String header) {
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        if (semicolons > 0 && semicolons >= commas) {
            return ';';
        }
        if (commas > 0) {
            return ',';
        }
        throw new ImportFileException(ImportProblem.NO_SEPARATOR);
    }
}
