package dk.pejling.shared.tabular;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell as the file holds it: text (every CSV cell), or what a workbook stores as a number, a
 * date or an error such as {@code #N/A}.
 */
public record RawCell(Kind kind, String text, BigDecimal number, LocalDate date) {

    public enum Kind { TEXT, NUMBER, DATE, ERROR }

    public static final RawCell BLANK = new RawCell(Kind.TEXT, "", null, null);

    public static RawCell text(String text) {
        return new RawCell(Kind.TEXT, text == null ? "" : text, null, null);
    }

    public static RawCell number(BigDecimal number) {
        return new RawCell(Kind.NUMBER, number.stripTrailingZeros().toPlainString(), number, null);
    }

    public static RawCell date(LocalDate date) {
        return new RawCell(Kind.DATE, date.toString(), null, date);
    }

    public static RawCell error(String code) {
        return new RawCell(Kind.ERROR, code, null, null);
    }

    public boolean blank() {
        return kind == Kind.TEXT && text.isBlank();
    }
}
