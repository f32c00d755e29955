package dk.pejling.report.render;

import dk.pejling.report.AnnualReportDocument;
import dk.pejling.report.StatusReportDocument;
import dk.pejling.safetyindex.IndexReportRow;
import dk.pejling.shared.RichText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The data under a report as XLSX: one sheet per table, a header row, then one row per initiative
 * (status report) or goal (annual report); rich text as plain text. A second sheet says what and when.
 */
@Component
class XlsxReports {

    /** Excel's limit for one cell. */
    private static final int CELL_LIMIT = 32_767;

    private final MessageSource messages;

    XlsxReports(MessageSource messages) {
        this.messages = messages;
    }

    byte[] status(StatusReportDocument doc, Locale locale) {
        boolean danish = !"en".equals(locale.getLanguage());
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(msg("reports.xlsx.statusSheet", locale));
            header(book, sheet, List.of(msg("rounds.number", locale), msg("rounds.initiative", locale),
                    msg("reports.xlsx.statusCode", locale), msg("report.status", locale), msg("report.comment", locale)));
            int r = 1;
            for (StatusReportDocument.Row row : doc.rows()) {
                Row x = sheet.createRow(r++);
                cells(x, row.number(), row.title(), row.reported() ? row.status().code() : null,
                        row.reported() ? row.status().label(danish) : msg("rounds.notReported", locale),
                        RichText.plain(row.comment()));
            }
            safetyIndex(book, doc.safetyIndex(), locale);
            about(book, locale, doc.strategyTitle(), doc.roundTitle(), ReportRenderer.asOfText(doc.asOf(), locale));
            finish(sheet, 5);
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] annual(AnnualReportDocument doc, Locale locale) {
        boolean danish = !"en".equals(locale.getLanguage());
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(msg("reports.xlsx.resultsSheet", locale));
            header(book, sheet, List.of(msg("reports.xlsx.mainGoal", locale), msg("reports.xlsx.goalCode", locale),
                    msg("reports.xlsx.goal", locale), msg("reports.xlsx.statusCode", locale), msg("report.status", locale),
                    msg("reports.annual.result", locale)));
            int r = 1;
            for (AnnualReportDocument.MainGoal g : doc.mainGoals()) {
                List<AnnualReportDocument.Result> goals = new java.util.ArrayList<>();
                goals.add(g.own());
                goals.addAll(g.results());
                for (AnnualReportDocument.Result result : goals) {
                    Row x = sheet.createRow(r++);
                    cells(x, g.heading(), result.code(), result.title(), result.status(),
                            result.status() == null ? null : result.statusLabel(danish), result.explanation(danish));
                }
            }
            safetyIndex(book, doc.safetyIndex(), locale);
            about(book, locale, doc.strategyTitle(), String.valueOf(doc.year()), ReportRenderer.asOfText(doc.asOf(), locale));
            finish(sheet, 6);
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The safety index values that feed the strategy's indicators, one row each: numbers as numbers (a
     * hidden value stays empty, with its reason), SYNTETISK in its own column, the method and its SHA-256.
     */
    private void safetyIndex(XSSFWorkbook book, List<IndexReportRow> rows, Locale locale) {
        if (rows.isEmpty()) {
            return;
        }
        Sheet sheet = book.createSheet(msg("reports.xlsx.safetyIndexSheet", locale));
        header(book, sheet, List.of(msg("safetyindex.col.area", locale), msg("safetyindex.period.label", locale),
                msg("safetyindex.col.index", locale), msg("reports.xlsx.low", locale), msg("reports.xlsx.high", locale),
                msg("safetyindex.col.n", locale), msg("safetyindex.col.nEffective", locale), msg("reports.xlsx.hiddenBecause", locale),
                msg("safetyindex.synthetic.label", locale), msg("safetyindex.method.label", locale), msg("reports.xlsx.methodSha", locale),
                msg("reports.xlsx.feeds", locale)));
        int r = 1;
        for (IndexReportRow row : rows) {
            Row x = sheet.createRow(r++);
            cells(x, row.areaName(), row.period());
            number(x, 2, row.value());
            number(x, 3, row.low());
            number(x, 4, row.high());
            number(x, 5, (double) row.respondents());
            number(x, 6, row.effectiveN() == null ? null : (double) Math.round(row.effectiveN()));
            text(x, 7, row.suppressedReason() == null ? null
                    : (msg(row.suppressedReason().messageKey(), locale) + " " + row.suppressedDetail()).strip());
            text(x, 8, row.synthetic() ? msg("safetyindex.synthetic.label", locale) : null);
            text(x, 9, row.methodVersion());
            text(x, 10, row.methodSha256());
            text(x, 11, row.feeds());
        }
        for (int i = 0; i < 12; i++) {
            sheet.setColumnWidth(i, (i == 10 ? 66 : 18) * 256);
        }
    }

    private static void number(Row row, int column, Double value) {
        if (value != null) {
            row.createCell(column).setCellValue(Math.round(value * 10) / 10.0);
        }
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(dk.pejling.shared.SpreadsheetCells.neutralise(value));
        }
    }

    private void about(XSSFWorkbook book, Locale locale, String strategy, String what, String asOf) {
        Sheet about = book.createSheet(msg("reports.xlsx.aboutSheet", locale));
        cells(about.createRow(0), msg("reports.xlsx.strategy", locale), strategy);
        cells(about.createRow(1), msg("reports.xlsx.report", locale), what);
        cells(about.createRow(2), msg("reports.xlsx.asOf", locale), asOf);
        about.setColumnWidth(0, 20 * 256);
        about.setColumnWidth(1, 60 * 256);
    }

    private static void header(XSSFWorkbook book, Sheet sheet, List<String> titles) {
        CellStyle bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.size(); i++) {
            row.createCell(i).setCellValue(titles.get(i));
            row.getCell(i).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void cells(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            String v = values[i] == null ? "" : dk.pejling.shared.SpreadsheetCells.neutralise(values[i]);
            row.createCell(i).setCellValue(v.length() > CELL_LIMIT ? v.substring(0, CELL_LIMIT) : v);
        }
    }

    private static void finish(Sheet sheet, int columns) {
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, (i == columns - 1 ? 80 : 24) * 256);
        }
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, sheet.getLastRowNum()), 0, columns - 1));
    }

    private static byte[] bytes(XSSFWorkbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
