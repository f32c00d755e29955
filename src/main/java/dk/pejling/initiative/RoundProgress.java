package dk.pejling.initiative;

import java.util.Collection;

/**
 * How far a round has come: of its initiatives, how many reports wait for review, how many are
 * approved, and how many are missing (never reported, or sent back and not yet resubmitted).
 */
public record RoundProgress(int initiatives, int waiting, int approved) {

    public RoundProgress {
        if (initiatives < 0 || waiting < 0 || approved < 0 || waiting + approved > initiatives) {
            throw new IllegalArgumentException("counts must fit within the round: " + initiatives + "/" + waiting + "/" + approved);
        }
    }

    /** Counts the states of the round's rows; a row without a report, or sent back, is missing. */
    public static RoundProgress of(Collection<OverviewRow> rows) {
        int waiting = 0;
        int approved = 0;
        for (OverviewRow row : rows) {
            waiting += row.state() == ReportState.SUBMITTED ? 1 : 0;
            approved += row.state() == ReportState.APPROVED ? 1 : 0;
        }
        return new RoundProgress(rows.size(), waiting, approved);
    }

    public int missing() {
        return initiatives - waiting - approved;
    }

    /** Reported: waiting for review or approved. */
    public int reported() {
        return waiting + approved;
    }
}
