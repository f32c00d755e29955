package dk.pejling.strategy;

import java.util.Objects;
import java.util.UUID;

public record StrategyId(UUID value) {
    public StrategyId {
        Objects.requireNonNull(value, "strategy id");
    }

    public static StrategyId random() {
        return new StrategyId(UUID.randomUUID());
    }
}
