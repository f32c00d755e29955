package dk.pejling.indicator;

import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** The goal an indicator serves, with the weight the weighted roll-up gives it. */
@Table("indicator_goal")
public record GoalLink(UUID goalId, BigDecimal weight) {
    public GoalLink {
        weight = weight == null ? BigDecimal.ONE : weight;
    }
}
