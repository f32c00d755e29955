package dk.pejling.strategy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the page of one strategy shows, read in one call ({@link StrategyReadModels#strategy}).
 *
 * @param overview      the strategy with its organisations, relations and goal tree as the viewer may see them
 * @param links         the other modules' sections of the strategy ("Mål og resultater", "Indsatser", …)
 * @param canEdit       whether the viewer is offered to edit the strategy, its goals and documents
 * @param documentNotes why an uploaded document's text could not be read, by document
 */
public record StrategyPage(StrategyOverview overview, List<StrategyPageLinks.PageLink> links, boolean canEdit,
                           Map<UUID, String> documentNotes) {

    public StrategyPage {
        links = List.copyOf(links);
        documentNotes = Map.copyOf(documentNotes);
    }

    public Strategy strategy() {
        return overview.strategy();
    }
}
