package dk.pejling.initiative;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

@Table("initiative_goal")
record InitiativeGoal(UUID goalId) {
}
