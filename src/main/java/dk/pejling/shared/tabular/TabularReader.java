package dk.pejling.shared.tabular;

import dk.pejling.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads a CSV file (UTF-8, with or without BOM, else Windows-1252 as Danish Excel saves it; the
 * header decides the separator, {@code ;} or {@code ,}) or the first sheet of an Excel workbook
 * (.xlsx) into a {@link Table}. A file larger than {@code maxBytes} or with more than {@code maxRows}
 * data rows is refused as a whole, before anything is done with its rows.
 */
public final class TabularReader {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};

    private final long maxBytes;
    private final int maxRows;

    public TabularReader(long maxBytes, int maxRows) {
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    public Table read(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("file", "The file is empty.");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidInputException("file", "The file is " + (bytes.length + (1 << 20) - 1) / (1 << 20)
                    + " MB; at most " + maxBytes / (1 << 20) + " MB can be imported at a time.");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        if (startsWithZip(bytes)) {
            return workbook(bytes);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            throw new InvalidInputException("file", "The file cannot be read as an Excel workbook (.xlsx).");
        }
        return csv(decode(bytes));
    }

    private Table csv(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String first = text.lines().filter(l -> !l.isBlank() && !l.strip().startsWith("#")).findFirst()
                .orElseThrow(() -> new InvalidInputException("file", "The file is empty."));
        char separator = first.chars().filter(c -> c == ';').count() >= first.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        Builder table = new Builder();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int number = 0;
            for (CSVRecord record : parser) {
                table.add(++number, record.toList());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException("file", "The quotation marks of the file do not pair up.");
        }
        return table.build();
    }

    private Table workbook(byte[] bytes) {
        Builder table = new Builder();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            for (Iterator<Row> it = rows.iterator(); it.hasNext(); ) {
                Row row = it.next();
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(text(row.getCell(c)));
                }
                table.add(row.getRowNum(), cells);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("file", "The file cannot be read as an Excel workbook (.xlsx).");
        }
        return table.build();
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal n = cell.asNumber();
            return n.stripTrailingZeros().toPlainString();
        }
        return cell.getText() == null ? "" : cell.getText();
    }

    private final class Builder {
        private List<String> headers;
        private final List<Table.Row> rows = new ArrayList<>();

        void add(int number, List<String> cells) {
            boolean empty = cells.stream().allMatch(c -> c == null || c.isBlank());
            if (empty || (!cells.isEmpty() && cells.get(0) != null && cells.get(0).strip().startsWith("#"))) {
                return;
            }
            if (headers == null) {
                headers = cells;
                return;
            }
            if (rows.size() >= maxRows) {
                throw new InvalidInputException("file", "The file has more than " + maxRows + " rows; split it into smaller files.");
            }
            rows.add(new Table.Row(number, cells));
        }

        Table build() {
            if (headers == null) {
                throw new InvalidInputException("file", "The file is empty.");
            }
            return new Table(headers, rows);
        }
    }

    private static boolean startsWithZip(byte[] bytes) {
        if (bytes.length < ZIP.length) {
            return false;
        }
        for (int i = 0; i < ZIP.length; i++) {
            if (bytes[i] != ZIP[i]) {
                return false;
            }
        }
        return true;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
