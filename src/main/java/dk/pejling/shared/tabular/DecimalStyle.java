package dk.pejling.shared.tabular;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * How numbers are written in a measurement file. The rule is fixed by the file, never guessed per
 * value: a value that the file's rule does not read is a row error.
 * <ul>
 * <li>{@link #COMMA}, files separated by {@code ;}: a decimal comma, and points only between
 *     groups of three digits: {@code 5,7}, {@code 1.774}, {@code 1.774,5}, {@code -0,3}.
 *     {@code 5.7} is refused (a point is no decimal mark here).</li>
 * <li>{@link #POINT}, files separated by {@code ,}: a decimal point and no thousands separator:
 *     {@code 5.7}, {@code 1774}. A comma inside a value is refused.</li>
 * <li>{@link #EITHER}, numbers typed as text in a workbook: a single comma or point is the decimal
 *     mark; with both, the last one is. {@code 1.774} and {@code 1,774} are refused as ambiguous.</li>
 * </ul>
 * A minus may be {@code -} or {@code −}; more than six decimals are rounded to six (what is stored).
 */
public enum DecimalStyle {
    COMMA, POINT, EITHER;

    private static final Pattern DANISH = Pattern.compile("-?(?:[1-9]\\d{0,2}(?:\\.\\d{3})+|\\d+)(?:,\\d+)?");
    private static final Pattern ENGLISH = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final Pattern ENGLISH_GROUPED = Pattern.compile("-?(?:[1-9]\\d{0,2}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
    private static final Pattern ONE_MARK = Pattern.compile("-?\\d+[.,]\\d+");
    private static final Pattern AMBIGUOUS = Pattern.compile("-?[1-9]\\d{0,2}[.,]\\d{3}");
    private static final Pattern POINT_GROUPS = Pattern.compile("-?[1-9]\\d{0,2}(?:\\.\\d{3}){2,}");
    private static final Pattern COMMA_GROUPS = Pattern.compile("-?[1-9]\\d{0,2}(?:,\\d{3}){2,}");
    private static final int SCALE = 6;

    public BigDecimal parse(String raw) {
        String s = raw.strip().replace('\u2212', '-');
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        String plain = switch (this) {
            case COMMA -> danish(s, raw);
            case POINT -> english(s, raw);
            case EITHER -> either(s, raw);
        };
        BigDecimal value = new BigDecimal(plain);
        return value.scale() > SCALE ? value.setScale(SCALE, RoundingMode.HALF_UP) : value;
    }

    /** The number as this style writes it: no thousands separator, no trailing zeros. */
    public String format(BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        return this == COMMA ? plain.replace('.', ',') : plain;
    }

    private static String danish(String s, String raw) {
        if (DANISH.matcher(s).matches()) {
            return s.replace(".", "").replace(',', '.');
        }
        if (ENGLISH.matcher(s).matches()) {
            throw new CellProblem(ImportProblem.POINT_IN_DANISH_FILE, raw.strip());
        }
        throw new CellProblem(ImportProblem.NOT_A_NUMBER, raw.strip());
    }

    private static String english(String s, String raw) {
        if (ENGLISH.matcher(s).matches()) {
            return s;
        }
        if (s.indexOf(',') >= 0 && (DANISH.matcher(s).matches() || ENGLISH_GROUPED.matcher(s).matches())) {
            throw new CellProblem(ImportProblem.COMMA_IN_ENGLISH_FILE, raw.strip());
        }
        throw new CellProblem(ImportProblem.NOT_A_NUMBER, raw.strip());
    }

    private static String either(String s, String raw) {
        boolean point = s.indexOf('.') >= 0;
        boolean comma = s.indexOf(',') >= 0;
        if (point && comma) {
            if (s.lastIndexOf(',') > s.lastIndexOf('.') && DANISH.matcher(s).matches()) {
                return s.replace(".", "").replace(',', '.');
            }
            if (s.lastIndexOf('.') > s.lastIndexOf(',') && ENGLISH_GROUPED.matcher(s).matches()) {
                return s.replace(",", "");
            }
            throw new CellProblem(ImportProblem.NOT_A_NUMBER, raw.strip());
        }
        if (AMBIGUOUS.matcher(s).matches()) {
            String digits = s.replace(".", "").replace(",", "");
            String decimal = s.replace(',', '.');
            throw new CellProblem(ImportProblem.AMBIGUOUS_NUMBER, raw.strip(), digits, decimal);
        }
        if (POINT_GROUPS.matcher(s).matches() || COMMA_GROUPS.matcher(s).matches()) {
            return s.replace(".", "").replace(",", "");
        }
        if (ONE_MARK.matcher(s).matches() || ENGLISH.matcher(s).matches()) {
            return s.replace(',', '.');
        }
        throw new CellProblem(ImportProblem.NOT_A_NUMBER, raw.strip());
    }
}
