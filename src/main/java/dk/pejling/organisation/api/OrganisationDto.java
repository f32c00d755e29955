package dk.pejling.organisation.api;

import dk.pejling.organisation.Organisation;
import dk.pejling.organisation.OrganisationKind;
import java.time.Instant;
import java.util.UUID;

record OrganisationDto(UUID id, UUID parentId, String key, String name, String shortName, OrganisationKind kind,
                       long version, Instant createdAt, Instant updatedAt) {

    static OrganisationDto of(Organisation o) {
        return new OrganisationDto(o.id().value(), o.parentId() == null ? null : o.parentId().value(), o.slug(),
                o.name(), o.shortName(), o.kind(), o.version(), o.createdAt(), o.updatedAt());
    }
}
