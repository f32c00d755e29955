package dk.pejling.shared.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an Excel workbook (.xlsx) row by row. The data are on the first sheet that is not the
 * template's guide. Numbers stored as numbers are read exactly; numbers typed as text follow
 * {@link DecimalStyle#EITHER}. Before reading, the workbook is unpacked once to count its size, so
 * a small file that unpacks to gigabytes is refused.
 */
final class XlsxTableReader {

    private static final Logger log = LoggerFactory.getLogger(XlsxTableReader.class);
    private static final Set<String> GUIDE_SHEETS = Set.of("vejledning", "guide");

    private XlsxTableReader() {
    }

    static RawSheet read(byte[] bytes, int maxRows, long maxUnpackedBytes) {
        requireWorkbook(bytes, maxUnpackedBytes);
        RawSheet.Builder table = new RawSheet.Builder(maxRows, DecimalStyle.EITHER, null);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
            Sheet sheet = workbook.getSheets().filter(s -> !GUIDE_SHEETS.contains(s.getName().strip().toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(workbook.getFirstSheet());
            try (Stream<Row> rows = sheet.openStream()) {
                int previous = 0;
                for (Iterator<Row> it = rows.iterator(); it.hasNext(); ) {
                    Row row = it.next();
                    table.skipped(row.getRowNum() - previous - 1);
                    table.add(row.getRowNum(), cells(row, workbook));
                    previous = row.getRowNum();
                }
            }
        } catch (ImportFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // A damaged or unusual workbook: the library's exceptions vary, the answer to the user does not.
            log.debug("unreadable workbook", e);
            throw new ImportFileException(ImportProblem.FILE_UNREADABLE_XLSX);
        }
        return table.build();
    }

    private static List<RawCell> cells(Row row, ReadableWorkbook workbook) {
        List<RawCell> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? RawCell.BLANK : cell(cell));
        }
        return cells;
    }

    private static RawCell cell(Cell cell) {
        return switch (cell.getType()) {
            case EMPTY -> RawCell.BLANK;
            case STRING -> RawCell.text(cell.asString());
            case BOOLEAN -> RawCell.text(cell.getRawValue());
            case ERROR -> RawCell.error(cell.getRawValue());
            case NUMBER -> isDate(cell.getDataFormatString()) ? date(cell) : RawCell.number(cell.asNumber());
            case FORMULA -> {
                Object value = cell.getValue();
                if (value instanceof BigDecimal number) {
                    yield RawCell.number(number);
                }
                yield value == null ? RawCell.BLANK : RawCell.text(value.toString());
            }
        };
    }

    private static RawCell date(Cell cell) {
        LocalDateTime date = cell.asDate();
        return date == null ? RawCell.BLANK : RawCell.date(date.toLocalDate());
    }

    /** Whether a number format shows a date or time: it has y, m, d, h or s outside quotes, brackets and escapes. */
    static boolean isDate(String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("general")) {
            return false;
        }
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '[') {
                bracket = true;
            } else if (c == ']') {
                bracket = false;
            } else if (bracket) {
                continue;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if ("ymdhsYMDHS".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks the file is a workbook and counts what it unpacks to, stopping as soon as that is too
     * much. Reads the zip's central directory (as the workbook reader does, with the same library),
     * since workbooks written by streaming writers leave the sizes out of the local headers.
     */
    private static void requireWorkbook(byte[] bytes, long maxUnpackedBytes) {
        boolean workbook = false;
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                workbook |= entry.getName().equals("xl/workbook.xml");
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        total += n;
                        if (total > maxUnpackedBytes) {
                            throw new ImportFileException(ImportProblem.FILE_UNPACKS_TOO_LARGE,
                                    String.valueOf(maxUnpackedBytes / (1024 * 1024)));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportFileException tooLarge) {
                throw tooLarge;
            }
            throw new ImportFileException(ImportProblem.FILE_UNREADABLE_XLSX);
        }
        if (!workbook) {
            throw new ImportFileException(ImportProblem.FILE_TYPE);
        }
    }
}
