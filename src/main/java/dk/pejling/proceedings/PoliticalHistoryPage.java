package dk.pejling.proceedings;

import dk.pejling.strategy.Strategy;
import java.util.List;

/**
 * A strategy's political history: the treatments of agenda items that concern it, its goals or its
 * initiatives, as the viewer may see them, read in one call ({@link ProceedingsReadModels#politicalHistory}).
 */
public record PoliticalHistoryPage(Strategy strategy, List<Treatment> treatments) {

    public PoliticalHistoryPage {
        treatments = List.copyOf(treatments);
    }
}
