package dk.pejling.report;

import dk.pejling.indicator.Attainment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * "Which of our goals are on track?" across every strategy the viewer may see: per strategy its
 * goals' verdicts counted for a year and the year before, and its open reporting rounds.
 *
 * @param themes the themes of the strategies the viewer may see, for the filter
 */
public record Overview(int year, UUID organisation, String theme, Instant asOf, List<StrategyRow> strategies,
                       Verdicts total, Verdicts totalBefore, List<String> themes) {

    public Overview {
        strategies = List.copyOf(strategies);
        themes = List.copyOf(themes);
    }

    /** One strategy: its goals' verdicts for the year and the year before, and its open rounds. */
    public record StrategyRow(UUID id, String title, String ownerName, List<String> themes, Verdicts verdicts,
                              Verdicts before, List<OpenRound> openRounds) {
        public StrategyRow {
            themes = List.copyOf(themes);
            openRounds = List.copyOf(openRounds);
        }

        /** Reached goals this year minus the year before: positive is better. */
        public int reachedChange() {
            return verdicts.reached() - before.reached();
        }
    }

    /**
     * An open round: how many initiatives it asks about, how many reported (submitted or approved),
     * approved, and overdue (the due date has passed and no report waits or is approved).
     */
    public record OpenRound(UUID id, String title, LocalDate dueDate, int initiatives, int reported, int approved,
                            int overdue) {
    }

    /** How many goals got each verdict. */
    public record Verdicts(int reached, int partlyReached, int notReached, int notMeasured) {

        public static final Verdicts NONE = new Verdicts(0, 0, 0, 0);

        public Verdicts {
            if (reached < 0 || partlyReached < 0 || notReached < 0 || notMeasured < 0) {
                throw new IllegalArgumentException("a count is never negative");
            }
        }

        /** Counts the verdicts; a goal without one is not measured. */
        public static Verdicts of(Collection<Attainment> statuses) {
            int[] n = new int[4];
            for (Attainment a : statuses) {
                n[(a == null ? Attainment.NOT_MEASURED : a).ordinal()]++;
            }
            return new Verdicts(n[0], n[1], n[2], n[3]);
        }

        public Verdicts plus(Verdicts other) {
            return new Verdicts(reached + other.reached, partlyReached + other.partlyReached,
                    notReached + other.notReached, notMeasured + other.notMeasured);
        }

        public int goals() {
            return reached + partlyReached + notReached + notMeasured;
        }
    }
}
