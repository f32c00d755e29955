package dk.pejling.strategy;

import dk.pejling.shared.Viewer;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Goals by the key register files use for them: the strategy's key and the goal's code, as
 * {@code tryg-aalborg/1.1}. Only goals the viewer may see are found.
 */
@Component
public class GoalKeys {

    private final GoalService goals;
    private final StrategyService strategies;

    GoalKeys(GoalService goals, StrategyService strategies) {
        this.goals = goals;
        this.strategies = strategies;
    }

    public Optional<Goal> find(String key, Viewer viewer) {
        int slash = key == null ? -1 : key.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        return inStrategy(key.substring(0, slash).strip(), key.substring(slash + 1).strip(), viewer);
    }

    public Optional<Goal> inStrategy(String strategyKey, String code, Viewer viewer) {
        return strategies.findBySlug(strategyKey, viewer).flatMap(strategy -> goals.tree(strategy, viewer).stream()
                .flatMap(GoalNode::flatten).filter(g -> code.equals(g.code())).findFirst());
    }

    /** The goal's key, or its id when it has no code or its strategy no key. */
    public String keyOf(GoalId id, Viewer viewer) {
        // Checked first, so no lookup throws inside an import's transaction (that would doom it).
        if (goals.visibleAmong(java.util.List.of(id.value()), viewer).isEmpty()) {
            return id.value().toString();
        }
        Goal goal = goals.get(id, viewer);
        Strategy strategy = strategies.get(goal.strategyId(), viewer);
        return strategy.slug() != null && goal.code() != null ? strategy.slug() + "/" + goal.code() : id.value().toString();
    }
}
