package dk.pejling.initiative;

import dk.pejling.organisation.Organisation;
import dk.pejling.strategy.Strategy;
import java.util.List;
import java.util.UUID;

/**
 * Everything a round's overview page shows, read in one call ({@link RoundReadModels#roundOverview}).
 *
 * @param overview      the counts of the round (or the chosen organisation) and one page of its rows
 * @param organisations every organisation, for the filter
 * @param canCoordinate whether the viewer runs the round (bulk approval, reminders, locking)
 * @param progress      the whole round's progress as the viewer may count it
 */
public record RoundPage(RoundOverview overview, Strategy strategy, List<Organisation> organisations,
                        boolean canCoordinate, RoundProgress progress) {

    public RoundPage {
        organisations = List.copyOf(organisations);
    }

    public ReportingRound round() {
        return overview.round();
    }

    /** The organisation the rows are filtered by, null for all. */
    public UUID organisation() {
        return overview.filter().organisation();
    }

    /** The status code (or {@link RoundOverview#NOT_REPORTED}) the rows are filtered by, null for all. */
    public String status() {
        return overview.filter().status();
    }
}
