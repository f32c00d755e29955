package dk.pejling.proceedings;

import dk.pejling.shared.ListPage;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the committees page shows, read in one call ({@link ProceedingsReadModels#committees}).
 *
 * @param latest         the newest meetings of any committee
 * @param committeeNames every committee's name by id, to name the latest meetings
 * @param q              the search words, null: no search
 * @param results        the agenda items the search found, as the viewer may see them; null without a search
 * @param canEdit        whether the page offers the minutes import
 */
public record CommitteesPage(List<Committee> committees, List<Meeting> latest, Map<UUID, String> committeeNames,
                             String q, ListPage<AgendaItemView> results, boolean canEdit) {

    public CommitteesPage {
        committees = List.copyOf(committees);
        latest = List.copyOf(latest);
        committeeNames = Map.copyOf(committeeNames);
    }
}
