package dk.pejling.initiative;

import dk.pejling.strategy.Strategy;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the page of a strategy's initiatives shows, read in one call
 * ({@link InitiativeReadModels#strategyInitiatives}).
 *
 * @param rows          the initiatives the viewer may see as an indented tree, parents before their parts
 * @param names         the responsible organisations' names by id
 * @param canCoordinate whether the viewer may open a reporting round
 * @param canEdit       whether the viewer is offered the form for a new initiative
 */
public record InitiativeListPage(Strategy strategy, List<Row> rows, List<ReportingRound> rounds, Map<UUID, String> names,
                                 boolean canCoordinate, boolean canEdit) {

    public InitiativeListPage {
        rows = List.copyOf(rows);
        rounds = List.copyOf(rounds);
        names = Map.copyOf(names);
    }

    /** An initiative with its depth in the tree, for an indented list. */
    public record Row(Initiative initiative, int depth) {
    }

    /**
     * The initiatives as a tree in the strategy's order: roots first (an initiative whose parent the viewer
     * may not see is a root too), each followed by its parts.
     */
    static List<Row> tree(List<Initiative> all) {
        List<Row> rows = new java.util.ArrayList<>();
        addChildren(all, null, 0, rows);
        return rows;
    }

    private static void addChildren(List<Initiative> all, UUID parent, int depth, List<Row> out) {
        for (Initiative i : all) {
            boolean child = parent == null
                    ? i.parentId() == null || all.stream().noneMatch(p -> p.id().value().equals(i.parentId()))
                    : parent.equals(i.parentId());
            if (child) {
                out.add(new Row(i, depth));
                addChildren(all, i.id().value(), depth + 1, out);
            }
        }
    }
}
