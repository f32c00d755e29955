package dk.pejling.indicator;

import dk.pejling.strategy.Strategy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the page "Mål og resultater" shows, read in one call ({@link IndicatorReadModels#strategyResults}).
 *
 * @param results every goal the viewer may see with its verdict, sub-goals under their goals
 * @param year    the year the verdicts are for; null when no goal could be judged and none was asked for
 * @param canEdit whether the viewer may set a goal's verdict by hand (the strategy's coordinators)
 */
public record ResultsPage(Strategy strategy, List<GoalAttainment> results, Integer year, RollupMethod method,
                          boolean canEdit) {

    public ResultsPage {
        results = List.copyOf(results);
    }

    /** How many goals, sub-goals included, got each verdict: the summary table at the top of the page. */
    public Map<Attainment, Integer> summary() {
        Map<Attainment, Integer> counts = new EnumMap<>(Attainment.class);
        for (Attainment a : Attainment.values()) {
            counts.put(a, 0);
        }
        Deque<GoalAttainment> todo = new ArrayDeque<>(results);
        while (!todo.isEmpty()) {
            GoalAttainment goal = todo.pop();
            counts.merge(goal.status() == null ? Attainment.NOT_MEASURED : goal.status(), 1, Integer::sum);
            todo.addAll(goal.children());
        }
        return counts;
    }

    public RollupMethod[] methods() {
        return RollupMethod.values();
    }

    public Attainment[] statuses() {
        return Attainment.values();
    }
}
