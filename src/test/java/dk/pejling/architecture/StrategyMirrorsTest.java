package dk.pejling.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.Fixtures;
import dk.pejling.IntegrationTest;
import dk.pejling.indicator.Direction;
import dk.pejling.indicator.Frequency;
import dk.pejling.indicator.GoalLink;
import dk.pejling.indicator.Indicator;
import dk.pejling.indicator.IndicatorDetails;
import dk.pejling.indicator.IndicatorService;
import dk.pejling.indicator.Unit;
import dk.pejling.initiative.Initiative;
import dk.pejling.initiative.InitiativeDetails;
import dk.pejling.initiative.InitiativeKind;
import dk.pejling.initiative.InitiativeService;
import dk.pejling.organisation.Organisation;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.Goal;
import dk.pejling.strategy.GoalDetails;
import dk.pejling.strategy.GoalKind;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyDetails;
import dk.pejling.strategy.StrategyService;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The indicator and initiative lists filter on their modules' own copies of the strategy module's
 * visibility (issue 13). These copies must follow every change at once: a strategy or goal made
 * internal hides its indicators and initiatives from the public in the same transaction, public again
 * shows them, a renamed strategy reorders the initiative list, a deleted goal leaves no copy behind.
 */
@IntegrationTest
class StrategyMirrorsTest {

    @Autowired Fixtures fixtures;
    @Autowired StrategyService strategies;
    @Autowired GoalService goals;
    @Autowired IndicatorService indicators;
    @Autowired InitiativeService initiatives;

    private final Viewer anonymous = Viewer.anonymous();
    private String marker;
    private Strategy strategy;
    private Goal goal;
    private Indicator indicator;
    private Initiative initiative;

    @BeforeEach
    void setUp() {
        marker = "spejl" + UUID.randomUUID().toString().substring(0, 8);
        Organisation owner = fixtures.organisation("Spejlkommune " + marker);
        strategy = fixtures.strategy("Spejlstrategi " + marker, owner.id()).create();
        goal = fixtures.goal(strategy, null, "Spejlmål " + marker);
        indicator = indicators.create(new IndicatorDetails("Spejlindikator " + marker, null, Unit.COUNT, 0,
                Direction.HIGHER_IS_BETTER, Frequency.YEAR, null, null, null, null, Visibility.PUBLIC,
                List.of(new GoalLink(goal.id().value(), null)), List.of(), List.of()), null, Fixtures.EDITOR);
        initiative = initiatives.create(strategy.id(), new InitiativeDetails(null, "1", InitiativeKind.ACTION,
                "Spejlindsats " + marker, null, null, null, null, null, owner.id().value(), null, null, null,
                List.of(), List.of(), List.of(), List.of(), null, Visibility.PUBLIC), Fixtures.EDITOR);
    }

    @Test
    void aStrategyMadeInternalHidesItsIndicatorsAndInitiativesFromThePublicAndPublicShowsThemAgain() {
        assertThat(publicIndicators()).containsExactly(indicator.id().value());
        assertThat(publicInitiatives()).containsExactly(initiative.id().value());

        setStrategyVisibility(Visibility.INTERNAL);
        assertThat(publicIndicators()).isEmpty();
        assertThat(publicInitiatives()).isEmpty();
        assertThat(indicators.list(new PageQuery(marker, 0, 50), null, Fixtures.EDITOR).items()).hasSize(1);

        setStrategyVisibility(Visibility.PUBLIC);
        assertThat(publicIndicators()).containsExactly(indicator.id().value());
        assertThat(publicInitiatives()).containsExactly(initiative.id().value());
    }

    @Test
    void anInternalGoalHidesItsIndicatorButNotTheStrategysInitiatives() {
        Goal current = goals.get(goal.id(), Fixtures.EDITOR);
        goals.update(goal.id(), current.version(), new GoalDetails(null, null, GoalKind.GOAL, current.title(), null,
                null, Visibility.INTERNAL), Fixtures.EDITOR);

        assertThat(publicIndicators()).isEmpty();
        assertThat(publicInitiatives()).containsExactly(initiative.id().value());
    }

    @Test
    void aDeletedGoalLeavesTheIndicatorAnUnlinkedPublicRecordAndARenamedStrategyIsListedByItsNewTitle() {
        goals.delete(goal.id(), Fixtures.EDITOR);
        assertThat(publicIndicators()).containsExactly(indicator.id().value());

        Strategy second = fixtures.strategy("Spejlstrategi " + marker + " B", strategy.ownerId()).create();
        Initiative other = initiatives.create(second.id(), new InitiativeDetails(null, "1", InitiativeKind.ACTION,
                "Spejlindsats " + marker + " B", null, null, null, null, null, strategy.ownerId().value(), null, null,
                null, List.of(), List.of(), List.of(), List.of(), null, Visibility.PUBLIC), Fixtures.EDITOR);
        assertThat(publicInitiatives()).containsExactly(initiative.id().value(), other.id().value());

        Strategy current = strategies.get(strategy.id(), Fixtures.EDITOR);
        strategies.update(strategy.id(), current.version(), detailsOf(current, "Zz omdøbt " + marker, current.visibility()),
                Fixtures.EDITOR);
        assertThat(publicInitiatives()).containsExactly(other.id().value(), initiative.id().value());
    }

    private void setStrategyVisibility(Visibility visibility) {
        Strategy current = strategies.get(strategy.id(), Fixtures.EDITOR);
        strategies.update(strategy.id(), current.version(), detailsOf(current, current.title(), visibility), Fixtures.EDITOR);
    }

    private static StrategyDetails detailsOf(Strategy s, String title, Visibility visibility) {
        return new StrategyDetails(title, s.kind(), s.ownerId(), new java.util.HashSet<>(s.partnerIds()), s.period(), s.status(), s.summary(),
                s.themes(), List.of(), List.of(), visibility);
    }

    private List<UUID> publicIndicators() {
        return indicators.list(new PageQuery(marker, 0, 50), null, anonymous).items().stream()
                .map(i -> i.id().value()).toList();
    }

    private List<UUID> publicInitiatives() {
        return initiatives.list(new PageQuery(marker, 0, 50), null, anonymous).items().stream()
                .map(i -> i.id().value()).toList();
    }
}
