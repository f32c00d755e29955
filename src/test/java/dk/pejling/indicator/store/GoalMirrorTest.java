package dk.pejling.indicator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.StrategyService;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyTreeChanged;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The indicator module's reaction to the strategy module's {@link StrategyTreeChanged}: its copy of each goal's
 * strategy and internal flag follows the tree. A plain unit test, not a module scenario: the copy's table has a
 * foreign key to the strategy module's {@code strategy_goal}, so a module-scoped context (indicator alone) could
 * only fill it by writing another module's table, and the listener is synchronous, in the publisher's
 * transaction, so there is nothing after the commit for a scenario to wait for. The table here is the same
 * columns without that key, on a database of its own; the goal tree is the strategy module's answer, stubbed.
 */
class GoalMirrorTest {

    private final GoalService goals = mock(GoalService.class);
    private JdbcClient jdbc;
    private GoalMirror mirror;

    @BeforeEach
    void aDatabaseWithOnlyTheMirror() {
        jdbc = JdbcClient.create(new DriverManagerDataSource("jdbc:h2:mem:goal-mirror-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        jdbc.sql("CREATE TABLE indicator_goal_mirror (goal_id UUID PRIMARY KEY, strategy_id UUID NOT NULL, internal BOOLEAN NOT NULL)")
                .update();
        mirror = new GoalMirror(jdbc, goals, mock(StrategyService.class));
    }

    @Test
    void everyGoalOfTheChangedStrategyIsCopiedWithWhetherItIsInternal() {
        StrategyId strategy = new StrategyId(UUID.randomUUID());
        UUID open = UUID.randomUUID();
        UUID internal = UUID.randomUUID();
        when(goals.internalByGoal(strategy)).thenReturn(tree(open, false, internal, true));

        mirror.on(new StrategyTreeChanged(strategy));

        assertThat(copyOf(strategy.value())).containsExactlyInAnyOrderEntriesOf(Map.of(open, false, internal, true));
    }

    @Test
    void aLaterChangeReplacesTheCopyAndLeavesOtherStrategiesAlone() {
        StrategyId strategy = new StrategyId(UUID.randomUUID());
        StrategyId other = new StrategyId(UUID.randomUUID());
        UUID kept = UUID.randomUUID();
        UUID removed = UUID.randomUUID();
        UUID othersGoal = UUID.randomUUID();
        when(goals.internalByGoal(strategy)).thenReturn(tree(kept, false, removed, false));
        when(goals.internalByGoal(other)).thenReturn(tree(othersGoal, true));
        mirror.on(new StrategyTreeChanged(strategy));
        mirror.on(new StrategyTreeChanged(other));

        // the goal was removed from the tree and the strategy made internal: every remaining goal is internal now
        when(goals.internalByGoal(strategy)).thenReturn(tree(kept, true));
        mirror.on(new StrategyTreeChanged(strategy));

        assertThat(copyOf(strategy.value())).containsExactlyEntriesOf(Map.of(kept, true));
        assertThat(copyOf(other.value())).containsExactlyEntriesOf(Map.of(othersGoal, true));
    }

    @Test
    void aStrategyWithoutGoalsLeavesNoCopy() {
        StrategyId strategy = new StrategyId(UUID.randomUUID());
        when(goals.internalByGoal(strategy)).thenReturn(tree(UUID.randomUUID(), false));
        mirror.on(new StrategyTreeChanged(strategy));

        when(goals.internalByGoal(strategy)).thenReturn(Map.of());
        mirror.on(new StrategyTreeChanged(strategy));

        assertThat(copyOf(strategy.value())).isEmpty();
    }

    private Map<UUID, Boolean> copyOf(UUID strategy) {
        Map<UUID, Boolean> copy = new LinkedHashMap<>();
        jdbc.sql("SELECT goal_id, internal FROM indicator_goal_mirror WHERE strategy_id = :strategy").param("strategy", strategy)
                .query((rs, row) -> copy.put(rs.getObject("goal_id", UUID.class), rs.getBoolean("internal"))).list();
        return copy;
    }

    private static Map<UUID, Boolean> tree(Object... goalAndInternal) {
        Map<UUID, Boolean> tree = new LinkedHashMap<>();
        for (int i = 0; i < goalAndInternal.length; i += 2) {
            tree.put((UUID) goalAndInternal[i], (Boolean) goalAndInternal[i + 1]);
        }
        return tree;
    }
}
