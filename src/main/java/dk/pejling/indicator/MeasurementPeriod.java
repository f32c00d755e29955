package dk.pejling.indicator;

import dk.pejling.shared.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period a value belongs to: a year ("2018"), a half year ("2018-H1"), a quarter ("2018-K2",
 * also read from "2018K2" or "2018-Q2") or a month ("2018-03"). Kept as its canonical text so it
 * sorts chronologically and reads the same in the database, the API and the files.
 */
public record MeasurementPeriod(String value) implements Comparable<MeasurementPeriod> {

    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})(?:-?(?:(H)([12])|([KQ])([1-4])|(M?)(0[1-9]|1[0-2])))?", Pattern.CASE_INSENSITIVE);

    public MeasurementPeriod {
        value = canonical(value);
    }

    public static MeasurementPeriod of(String text) {
        return new MeasurementPeriod(text);
    }

    private static String canonical(String text) {
        if (text == null) {
            throw new InvalidInputException("period", "must be given, e.g. 2018, 2018-H1, 2018-K2 or 2018-03");
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidInputException("period", "'" + text + "' is not a period; use e.g. 2018, 2018-H1, 2018-K2 or 2018-03");
        }
        String year = m.group(1);
        if (m.group(2) != null) {
            return year + "-H" + m.group(3);
        }
        if (m.group(4) != null) {
            return year + "-K" + m.group(5);
        }
        if (m.group(7) != null) {
            return year + "-" + m.group(7);
        }
        return year;
    }

    public int year() {
        return Integer.parseInt(value.substring(0, 4));
    }

    public boolean isYear() {
        return value.length() == 4;
    }

    /** Whether this period lies inside the other (a quarter inside its year), or is the same. */
    public boolean within(MeasurementPeriod other) {
        return value.equals(other.value) || (other.isYear() && year() == other.year());
    }

    public Frequency frequency() {
        if (isYear()) {
            return Frequency.YEAR;
        }
        return switch (value.charAt(5)) {
            case 'H' -> Frequency.HALF_YEAR;
            case 'K' -> Frequency.QUARTER;
            default -> Frequency.MONTH;
        };
    }

    @Override
    public int compareTo(MeasurementPeriod o) {
        int byYear = Integer.compare(year(), o.year());
        if (byYear != 0) {
            return byYear;
        }
        return Double.compare(position(), o.position());
    }

    /** Where in its year the period ends, as a fraction; a whole year sorts after its parts. */
    private double position() {
        return switch (frequency()) {
            case YEAR -> 1.0;
            case HALF_YEAR -> (value.charAt(6) - '0') / 2.0;
            case QUARTER -> (value.charAt(6) - '0') / 4.0;
            case MONTH -> Integer.parseInt(value.substring(5)) / 12.0;
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
