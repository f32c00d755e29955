package dk.pejling.indicator.store;

import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.StrategyService;
import dk.pejling.strategy.StrategyTreeChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The indicator module's copy of where each goal sits and whether it is internal
 * ({@code indicator_goal_mirror}), so that the indicator list filters on the indicator module's own
 * tables. Kept by a synchronous listener, in the transaction that changed the strategy's tree: an
 * after-commit listener would leave a moment in which an indicator of a goal just made internal is
 * still listed publicly.
 */
@Component
class GoalMirror {

    private final JdbcClient jdbc;
    private final GoalService goals;
    private final StrategyService strategies;

    GoalMirror(JdbcClient jdbc, GoalService goals, StrategyService strategies) {
        this.jdbc = jdbc;
        this.goals = goals;
        this.strategies = strategies;
    }

    /** The whole copy again, from every strategy's goals: after a restore, whose archive carries no copy. */
    void rebuild() {
        jdbc.sql("DELETE FROM indicator_goal_mirror").update();
        strategies.allIds().forEach(id -> on(new StrategyTreeChanged(id)));
    }

    @EventListener
    void on(StrategyTreeChanged changed) {
        var strategy = changed.strategy().value();
        jdbc.sql("DELETE FROM indicator_goal_mirror WHERE strategy_id = :strategy").param("strategy", strategy).update();
        goals.internalByGoal(changed.strategy()).forEach((goal, internal) -> jdbc.sql(
                        "INSERT INTO indicator_goal_mirror (goal_id, strategy_id, internal) VALUES (:goal, :strategy, :internal)")
                .param("goal", goal).param("strategy", strategy).param("internal", internal).update());
    }
}
