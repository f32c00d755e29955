package dk.pejling.shared;

/**
 * Text cells of every CSV and XLSX file Pejling writes. A spreadsheet program takes a cell that starts
 * with {@code =}, {@code +}, {@code -} or {@code @} (and, after a tab or carriage return, the same) for a
 * formula; a value someone typed ({@code =cmd|' /C calc'!A1} as a user name at the login) must never run
 * on the computer of the one who opens the export. Such a text gets a leading apostrophe, which the
 * programs show as a text marker and the measurement import takes off again ({@link #restore}).
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    /** The text as a cell that can never be a formula; null stays null. */
    public static String neutralise(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** A value as {@link #neutralise} wrote it, read back: other values are left alone. */
    public static String restore(String text) {
        return text != null && text.length() > 1 && text.charAt(0) == '\'' && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0
                ? text.substring(1) : text;
    }

    /** Any cell value: texts neutralised, numbers, dates and the rest as their text. */
    public static String cell(Object value) {
        return value == null ? null : neutralise(value.toString());
    }
}
