package dk.pejling.safetyindex;

import java.util.List;

/**
 * Everything an index is computed from. Respondent answers are columnar ({@code answers[i]} is the
 * answer to {@code items.get(i)}, {@link #MISSING} when not answered) so a million of them stay
 * small and are read in one pass.
 *
 * @param items       the survey items the respondents' answers are aligned with
 * @param respondents respondent-level answers with their post-stratification weights
 * @param shares      published shares where only aggregates exist (e.g. 88.1 % of 27,510)
 * @param crimes      registered reports per area, quarter and offence group (the shape of STRAF11)
 * @param population  residents per area and period (the shape of FOLK1A)
 */
public record IndexInputs(List<String> items, List<Respondent> respondents, List<ShareAggregate> shares,
                          List<CrimeCount> crimes, List<Population> population) {

    public static final int MISSING = Integer.MIN_VALUE;

    public IndexInputs {
        items = items == null ? List.of() : List.copyOf(items);
        respondents = respondents == null ? List.of() : List.copyOf(respondents);
        shares = shares == null ? List.of() : List.copyOf(shares);
        crimes = crimes == null ? List.of() : List.copyOf(crimes);
        population = population == null ? List.of() : List.copyOf(population);
    }

    /** One respondent of a survey wave in an area, in the period of the wave. */
    public record Respondent(String area, Period period, double weight, int[] answers) {
        public Respondent {
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("a weight must be above 0");
            }
        }
    }

    /**
     * A published share: {@code share} (0–1) of {@code n} answers, with the effective n when the
     * source gives a design effect (otherwise n), and where it comes from.
     */
    public record ShareAggregate(String area, Period period, String indicator, double share, long n, double effectiveN,
                                 String source) {
        public ShareAggregate {
            if (share < 0 || share > 1 || n <= 0 || !(effectiveN > 0) || effectiveN > n) {
                throw new IllegalArgumentException("a share needs 0 <= share <= 1 and 0 < effective n <= n");
            }
        }
    }

    /** Reports registered in a quarter. */
    public record CrimeCount(String area, Period quarter, String offenceGroup, long count) {
        public CrimeCount {
            if (quarter.kind() != Period.Kind.QUARTER || count < 0) {
                throw new IllegalArgumentException("a crime count is a count >= 0 in a quarter");
            }
        }
    }

    public record Population(String area, Period period, long residents) {
        public Population {
            if (residents <= 0) {
                throw new IllegalArgumentException("residents must be above 0");
            }
        }
    }
}
