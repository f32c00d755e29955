package dk.pejling.strategy;

import java.util.Objects;
import java.util.UUID;

public record GoalId(UUID value) {
    public GoalId {
        Objects.requireNonNull(value, "goal id");
    }

    public static GoalId random() {
        return new GoalId(UUID.randomUUID());
    }
}
