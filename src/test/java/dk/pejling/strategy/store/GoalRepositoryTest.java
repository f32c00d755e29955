package dk.pejling.strategy.store;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.Fixtures;
import dk.pejling.IntegrationTest;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.Goal;
import dk.pejling.strategy.Strategy;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The goal search's visibility rule and filters on the real database. */
@IntegrationTest
class GoalRepositoryTest {

    private static final List<java.util.UUID> NONE = dk.pejling.shared.Viewer.InternalScope.NOTHING.sqlList();

    @Autowired
    GoalRepository goals;
    @Autowired
    Fixtures fixtures;
    OrganisationId org;
    String token;

    @BeforeEach
    void setUp() {
        org = fixtures.organisation("Målorganisation " + Fixtures.token()).id();
        token = Fixtures.token();
    }

    private List<String> search(String q, boolean internal) {
        return goals.search(null, new PageQuery(q, 0, 50).likePattern(), internal, NONE, 50, 0).stream()
                .map(Goal::title).toList();
    }

    @Test
    void anonymousSearchNeverListsAnInternalGoalOrAnyGoalOfAnInternalStrategy() {
        Strategy open = fixtures.strategy("Offentlig strategi", org).create();
        Strategy hidden = fixtures.strategy("Intern strategi", org).internal().create();
        fixtures.goal(open, null, token + " offentligt mål");
        fixtures.goal(open, null, token + " internt mål", Visibility.INTERNAL);
        fixtures.goal(hidden, null, token + " offentligt mål i intern strategi");

        assertThat(search(token, false)).containsExactly(token + " offentligt mål");
        assertThat(goals.countMatching(null, new PageQuery(token, 0, 50).likePattern(), false, NONE)).isEqualTo(1);
        assertThat(search(token, true)).containsExactlyInAnyOrder(token + " offentligt mål", token + " internt mål",
                token + " offentligt mål i intern strategi");
        assertThat(goals.countMatching(null, new PageQuery(token, 0, 50).likePattern(), true, NONE)).isEqualTo(3);
    }

    @Test
    void anonymousSearchWithoutTextListsNoInternalGoal() {
        Strategy hidden = fixtures.strategy("Intern strategi", org).internal().create();
        Goal goal = fixtures.goal(hidden, null, token + " skjult");

        List<Goal> all = goals.search(null, null, false, NONE, 10_000, 0);

        assertThat(all).extracting(Goal::id).doesNotContain(goal.id());
        assertThat(all).allSatisfy(g -> assertThat(g.visibility()).isEqualTo(Visibility.PUBLIC));
    }

    @Test
    void searchMatchesCodeTitleAndDescriptionAndCanBeLimitedToOneStrategy() {
        Strategy first = fixtures.strategy("Første", org).create();
        Strategy second = fixtures.strategy("Anden", org).create();
        fixtures.goal(first, null, token + " i titlen");
        fixtures.goal(second, null, token + " i den anden strategi");

        assertThat(search(token.toUpperCase(), false)).hasSize(2);
        assertThat(goals.search(first.id().value(), new PageQuery(token, 0, 50).likePattern(), false, NONE, 50, 0))
                .extracting(Goal::title).containsExactly(token + " i titlen");
        assertThat(goals.countMatching(second.id().value(), null, false, NONE)).isEqualTo(1);
    }

    @Test
    void findByStrategyAnswersTheStrategysGoalsInOrder() {
        Strategy s = fixtures.strategy("Ordnet", org).create();
        Goal a = fixtures.goal(s, null, "a");
        Goal b = fixtures.goal(s, null, "b");
        Goal a1 = fixtures.goal(s, a, "a1");

        assertThat(goals.findByStrategy(s.id().value())).extracting(Goal::id)
                .containsExactlyInAnyOrder(a.id(), b.id(), a1.id());
        assertThat(goals.nextOrder(s.id().value(), null)).isEqualTo(2);
        assertThat(goals.nextOrder(s.id().value(), a.id().value())).isEqualTo(1);
        assertThat(goals.nextOrder(s.id().value(), b.id().value())).isZero();
    }
}
