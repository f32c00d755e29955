package dk.pejling.organisation;

import java.util.Objects;
import java.util.UUID;

public record OrganisationId(UUID value) {
    public OrganisationId {
        Objects.requireNonNull(value, "organisation id");
    }

    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID());
    }
}
