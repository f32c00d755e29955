package dk.pejling.shared.tabular;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file. The header row (the first that is neither empty nor a comment) decides the separator: {@code ;} when it has one
 * (then decimals are written with a comma), otherwise {@code ,} (then with a point). Cells may be
 * quoted with {@code "}; a row number is the record's number, as a spreadsheet counts rows.
 */
final class CsvTableReader {

    private CsvTableReader() {
    }

    static RawSheet read(byte[] bytes, int maxRows) {
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
        RawSheet.Builder table = new RawSheet.Builder(maxRows, decimals, decoded.encoding());
        int row = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                row++;
                List<String> values = record.toList();
                List<RawCell> cells = new ArrayList<>(values.size());
                values.forEach(v -> cells.add(RawCell.text(v)));
                table.add(row, cells);
            }
        } catch (UncheckedIOException | IOException e) {
            throw new ImportFileException(ImportProblem.CSV_QUOTES, String.valueOf(row + 1));
        }
        return table.build();
    }

    /** The header row: the first line that is neither blank nor a comment (a comment may hold either separator). */
    private static String firstLine(String text) {
        return text.lines().filter(l -> !l.isBlank() && !l.strip().startsWith("#")).findFirst().orElse("");
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
