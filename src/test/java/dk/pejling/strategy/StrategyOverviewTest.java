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

    private static StrategyOverview.Related related(RelationKind kind, String title) {
        return new StrategyOverview.Related(kind, new StrategySummary(UUID.randomUUID(), title, title, StrategyKind.PLAN,
                LifecycleStatus.ADOPTED, UUID.randomUUID(), "Ejer", null, null, Visibility.PUBLIC, 0), false);
    }

    @Test
    void ownRelationsAreListedByKindThenTitleInDanishOrderWhateverOrderTheSetWasLoadedIn() {
        RelationKind first = RelationKind.values()[0];
        List<StrategyOverview.Related> loaded = new java.util.ArrayList<>(List.of(
                related(first, "Årsplan"), related(first, "Zoneplan"), related(first, "Aftale"), related(first, "Ølplan")));
        java.util.Collections.shuffle(loaded, new java.util.Random(7));
        loaded.sort(StrategyOverviews.OWN_RELATIONS_ORDER);
        assertThat(loaded).extracting(r -> r.strategy().title())
                .containsExactly("Aftale", "Zoneplan", "Ølplan", "Årsplan");
        if (RelationKind.values().length > 1) {
            List<StrategyOverview.Related> mixed = new java.util.ArrayList<>(List.of(
                    related(RelationKind.values()[1], "Aftale"), related(first, "Zoneplan")));
            mixed.sort(StrategyOverviews.OWN_RELATIONS_ORDER);
            assertThat(mixed).extracting(StrategyOverview.Related::kind).containsExactly(first, RelationKind.values()[1]);
        }
    }
}
