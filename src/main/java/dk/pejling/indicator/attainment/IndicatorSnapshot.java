package dk.pejling.indicator.attainment;

import dk.pejling.indicator.GoalLink;
import dk.pejling.shared.Visibility;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** An indicator as the attainment roll-up reads it in bulk: its facts, visibility and goal links. */
public record IndicatorSnapshot(IndicatorFacts facts, Visibility visibility, List<GoalLink> goals) {

    public UUID id() {
        return facts.id();
    }

    public BigDecimal weightFor(UUID goalId) {
        return goals.stream().filter(g -> g.goalId().equals(goalId)).map(GoalLink::weight).findFirst().orElse(BigDecimal.ONE);
    }
}
