package dk.pejling.organisation.api;

import dk.pejling.organisation.OrganisationDetails;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.organisation.OrganisationKind;
import dk.pejling.shared.InvalidInputException;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;

/** Body of create and update; {@code version} is required on update and must be the one last read. */
record OrganisationRequest(String name, String shortName, OrganisationKind kind, UUID parentId,
                           @Pattern(regexp = "[a-z0-9-]{1,100}", message = "must be lowercase letters, digits and hyphens") String key,
                           Long version) {

    OrganisationDetails details() {
        return new OrganisationDetails(name, shortName, kind, parentId == null ? null : new OrganisationId(parentId));
    }

    long requiredVersion() {
        if (version == null) {
            throw new InvalidInputException("version", "must be given on update (the version you last read)");
        }
        return version;
    }
}
