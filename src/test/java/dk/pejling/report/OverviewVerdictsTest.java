package dk.pejling.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.indicator.Attainment;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OverviewVerdictsTest {

    @Test
    void countsEachVerdictAndAGoalWithoutOneAsNotMeasured() {
        Overview.Verdicts v = Overview.Verdicts.of(Arrays.asList(Attainment.REACHED, Attainment.REACHED,
                Attainment.PARTLY_REACHED, Attainment.NOT_REACHED, null, Attainment.NOT_MEASURED));
        assertThat(v).isEqualTo(new Overview.Verdicts(2, 1, 1, 2));
        assertThat(v.goals()).isEqualTo(6);
    }

    @Test
    void addsCountsAcrossStrategies() {
        assertThat(new Overview.Verdicts(1, 2, 3, 4).plus(new Overview.Verdicts(4, 3, 2, 1)))
                .isEqualTo(new Overview.Verdicts(5, 5, 5, 5));
    }

    @Test
    void theChangeIsReachedGoalsThisYearMinusTheYearBefore() {
        var row = new Overview.StrategyRow(java.util.UUID.randomUUID(), "S", "O", java.util.List.of(),
                new Overview.Verdicts(3, 0, 0, 0), new Overview.Verdicts(1, 0, 0, 2), java.util.List.of());
        assertThat(row.reachedChange()).isEqualTo(2);
    }

    @Test
    void refusesAYearOutsideTheCalendarAndAnOverlongTheme() {
        assertThatThrownBy(() -> new OverviewQuery(12, null, null)).hasMessageContaining("year");
        assertThatThrownBy(() -> new OverviewQuery(2025, null, "x".repeat(201))).hasMessageContaining("theme");
        assertThat(new OverviewQuery(2025, null, "  ").theme()).isNull();
    }
}
