package dk.pejling.initiative.store;

import dk.pejling.strategy.StrategyService;
import dk.pejling.strategy.StrategyTreeChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The initiative module's copy of each strategy's title and own visibility
 * ({@code initiative_strategy_mirror}), so that the initiative list filters and orders on the initiative
 * module's own tables. Kept by a synchronous listener, in the transaction that changed the strategy: an
 * after-commit listener would leave a moment in which the initiatives of a strategy just made internal
 * are still listed publicly.
 */
@Component
class StrategyMirror {

    private final JdbcClient jdbc;
    private final StrategyService strategies;

    StrategyMirror(JdbcClient jdbc, StrategyService strategies) {
        this.jdbc = jdbc;
        this.strategies = strategies;
    }

    /** The whole copy again, from every strategy: after a restore, whose archive carries no copy. */
    void rebuild() {
        jdbc.sql("DELETE FROM initiative_strategy_mirror").update();
        strategies.allIds().forEach(id -> on(new StrategyTreeChanged(id)));
    }

    @EventListener
    void on(StrategyTreeChanged changed) {
        var id = changed.strategy().value();
        jdbc.sql("DELETE FROM initiative_strategy_mirror WHERE strategy_id = :id").param("id", id).update();
        strategies.standingOf(changed.strategy()).ifPresent(standing -> jdbc.sql(
                        "INSERT INTO initiative_strategy_mirror (strategy_id, visibility, title) VALUES (:id, :visibility, :title)")
                .param("id", id).param("visibility", standing.visibility().name()).param("title", standing.title()).update());
    }
}
