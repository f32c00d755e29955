package dk.pejling.initiative;

import dk.pejling.strategy.Strategy;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the page of one initiative shows, read in one call ({@link InitiativeReadModels#initiative}).
 *
 * @param names   the names of the responsible organisation and the partners, by id
 * @param history the initiative's status across rounds, oldest first
 * @param canEdit whether the viewer is offered the edit form
 * @param parts   the initiative's parts the viewer may see
 */
public record InitiativePage(Initiative initiative, Strategy strategy, Map<UUID, String> names,
                             List<StatusReportService.RoundStatus> history, boolean canEdit, List<Initiative> parts) {

    public InitiativePage {
        names = Map.copyOf(names);
        history = List.copyOf(history);
        parts = List.copyOf(parts);
    }
}
