package dk.pejling.indicator;

import java.util.Objects;
import java.util.UUID;

public record IndicatorId(UUID value) {
    public IndicatorId {
        Objects.requireNonNull(value, "indicator id");
    }
}
