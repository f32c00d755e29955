package dk.pejling.safetyindex;

import dk.pejling.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of the index: a year ("2021"), a half-year ("2021-H1") or a quarter ("2021-K2", also
 * read from "2021Q2" or "2021K2", the form of Danmarks Statistik's tables).
 */
public record Period(int year, Kind kind, int number) implements Comparable<Period> {

    public enum Kind { YEAR, HALF, QUARTER }

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-?(?:(H)([12])|([KQ])([1-4])))?",
            Pattern.CASE_INSENSITIVE);

    public Period {
        if (kind == null || year < 1900 || year > 2200) {
            throw new InvalidInputException("period", "must be a year from 1900 to 2200");
        }
        int max = switch (kind) {
            case YEAR -> 1;
            case HALF -> 2;
            case QUARTER -> 4;
        };
        if (number < 1 || number > max) {
            throw new InvalidInputException("period", "has no part " + number);
        }
    }

    public static Period of(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("period", "must be given, e.g. 2021, 2021-H1 or 2021-K2");
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidInputException("period", "'" + text.strip() + "' is not a period; use e.g. 2021, 2021-H1 or 2021-K2");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return new Period(year, Kind.HALF, m.group(3).charAt(0) - '0');
        }
        if (m.group(4) != null) {
            return quarter(year, m.group(5).charAt(0) - '0');
        }
        return new Period(year, Kind.YEAR, 1);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(year, Kind.QUARTER, quarter);
    }

    /** The last quarter of this period. */
    public Period lastQuarter() {
        return switch (kind) {
            case YEAR -> quarter(year, 4);
            case HALF -> quarter(year, number * 2);
            case QUARTER -> this;
        };
    }

    /**
     * The four quarters that end with this period's last quarter: the window of registered crime
     * (a rolling year, so a half-year or a quarter is compared with a whole year of reports).
     */
    public List<Period> fourQuartersEnding() {
        Period last = lastQuarter();
        List<Period> quarters = new ArrayList<>(4);
        int index = last.year * 4 + last.number - 1;
        for (int i = index - 3; i <= index; i++) {
            quarters.add(quarter(i / 4, i % 4 + 1));
        }
        return quarters;
    }

    /** The same kind of period one year earlier: the comparison of a change. */
    public Period yearBefore() {
        return new Period(year - 1, kind, number);
    }

    @Override
    public int compareTo(Period o) {
        int byEnd = Integer.compare(lastQuarter().year * 4 + lastQuarter().number,
                o.lastQuarter().year * 4 + o.lastQuarter().number);
        return byEnd != 0 ? byEnd : Integer.compare(o.kind.ordinal(), kind.ordinal());
    }

    @Override
    public String toString() {
        return switch (kind) {
            case YEAR -> String.valueOf(year);
            case HALF -> year + "-H" + number;
            case QUARTER -> year + "-K" + number;
        };
    }
}
