package dk.pejling.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.organisation.OrganisationId;
import dk.pejling.shared.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** "Sidst ændret" on a strategy's page is the latest change to what the page shows. */
class StrategyOverviewTest {

    private static final Instant LOADED = Instant.parse("2026-11-23T08:00:00Z");

    private static Strategy strategy() {
        return Strategy.create(StrategyId.random(), "plan", new StrategyDetails("Plan", StrategyKind.PLAN,
                new OrganisationId(UUID.randomUUID()), Set.of(), null, LifecycleStatus.ADOPTED, null, List.of(), List.of(),
                List.of(), Visibility.PUBLIC), LOADED);
    }

    private static GoalNode goal(Strategy strategy, Instant changed, GoalNode... children) {
        Goal goal = Goal.create(GoalId.random(), strategy.id(),
                new GoalDetails(null, null, GoalKind.GOAL, "Mål", null, 0, Visibility.PUBLIC), 0, changed);
        return new GoalNode(goal, List.of(children));
    }

    @Test
    void aGoalChangedAfterTheStrategyIsTheLastChangeNotTheLoadDate() {
        Strategy strategy = strategy();
        Instant edited = LOADED.plusSeconds(86_400 * 3);
        GoalNode tree = goal(strategy, LOADED, goal(strategy, edited));
        StrategyOverview overview = new StrategyOverview(strategy, null, List.of(), List.of(), List.of(tree));
        assertThat(overview.lastChanged()).isEqualTo(edited);
    }

    @Test
    void withoutLaterGoalChangesItIsTheStrategysOwnChange() {
        Strategy strategy = strategy();
        StrategyOverview overview = new StrategyOverview(strategy, null, List.of(), List.of(),
                List.of(goal(strategy, LOADED.minusSeconds(60))));
        assertThat(overview.lastChanged()).isEqualTo(LOADED);
    }
}
