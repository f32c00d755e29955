package dk.pejling.indicator;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Why a verdict is what it is: a {@link Reason} and the numbers, periods and names it rests on, and no
 * words. The sentence comes from the message bundles ({@code verdict.<REASON>}, its arguments in order)
 * in the reader's language, at the edge: {@link ExplanationText} for pages, the API and the reports. So a
 * calculator stays pure and the Danish and English wording is edited in one place.
 *
 * <p>An argument is one of: a {@link Phrase} (a part of a sentence with its own key, or nothing), a
 * {@link Quantity}, a {@link Percent}, {@link Points}, a {@link Step}, an {@link Attainment}, a
 * {@link MeasurementPeriod}, a number, a name as written (a {@code String}) or a list of explanations
 * (one sentence after the other). A new kind of verdict (the safety index's interval and direction, say)
 * adds a reason and its bundle entries, nothing else.
 */
public record Explanation(Reason reason, List<Object> arguments) {

    public Explanation {
        Objects.requireNonNull(reason, "reason");
        arguments = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(arguments));
    }

    public static Explanation of(Reason reason, Object... arguments) {
        return new Explanation(reason, Arrays.asList(arguments));
    }

    /** The kinds of sentence; each has {@code verdict.<name>} in the message bundles. */
    public enum Reason {
        /** A level target (at least, at most, within a range): goal, step, value, part of year, difference, interval, verdict. */
        LEVEL,
        /** Back to a reference period's level: the period, its level, value, part of year, difference, verdict. */
        RETURN_TO_LEVEL,
        /** A change target: goal, reference, value, part of year, the change, verdict. */
        CHANGE,
        /** A change target whose reference has no value: goal, reference, value, part of year, verdict. */
        NO_REFERENCE,
        /** No value for the period: indicator name, period, step, verdict. */
        NOT_MEASURED,
        /** Several targets of one period: their explanations, the combined verdict. */
        COMBINED,
        /** A verdict set by hand: its reason (as written, in Danish), verdict. */
        MANUAL,
        /** A goal's items counted: items, reached, partly, not reached, not measured, weighted share, verdict. */
        GOAL_SUMMARY,
        /** A goal with nothing to judge it by: the period. */
        NOTHING_TO_JUDGE;

        public String key() {
            return "verdict." + name();
        }
    }

    /** A part of a sentence with its own bundle key ({@code verdict.part.*}); {@link #NONE} renders as nothing. */
    public record Phrase(String key, List<Object> arguments) {
        public static final Phrase NONE = new Phrase(null, List.of());

        public static Phrase of(String key, Object... arguments) {
            return new Phrase("verdict.part." + key, Arrays.asList(arguments));
        }
    }

    /** A value in the indicator's unit with its decimals: "1.725", "25,8 %". */
    public record Quantity(BigDecimal value, int decimals, Unit unit) {
    }

    /** A relative change or difference in percent, one decimal, without sign: "2,8 %". */
    public record Percent(BigDecimal value) {
    }

    /** A difference in percentage points, without sign: "0,8 procentpoint". */
    public record Points(BigDecimal value, int decimals) {
    }

    /** A step of a cohort target as the source writes it ("2 år"). */
    public record Step(String text) {
    }
}
