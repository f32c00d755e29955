package dk.pejling.initiative;

import java.util.Objects;
import java.util.UUID;

public record InitiativeId(UUID value) {
    public InitiativeId {
        Objects.requireNonNull(value, "initiative id");
    }
}
