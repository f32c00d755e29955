package dk.pejling.organisation;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A partner organisation or one of its units. Organisations form a tree (Aalborg Kommune →
 * Familie- og Beskæftigelsesforvaltningen → Jobcenter Aalborg); a unit cannot be its own ancestor.
 * Names of organisations are public: they appear on every public strategy.
 */
public class Organisation {

    @Id
    private final UUID id;
    private UUID parentId;
    private final String slug;
    private String name;
    private String shortName;
    private OrganisationKind kind;
    @Version
    private Long version;
    private final Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    Organisation(UUID id, UUID parentId, String slug, String name, String shortName, OrganisationKind kind,
                 Long version, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.parentId = parentId;
        this.slug = slug;
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static Organisation create(OrganisationId id, String slug, OrganisationDetails details, Instant now) {
        Organisation organisation = new Organisation(id.value(), null, slug, null, null, null, null, now, now);
        organisation.apply(details, now);
        return organisation;
    }

    void apply(OrganisationDetails details, Instant now) {
        this.parentId = details.parentId() == null ? null : details.parentId().value();
        this.name = details.name();
        this.shortName = details.shortName();
        this.kind = details.kind();
        this.updatedAt = now;
    }

    public OrganisationId id() {
        return new OrganisationId(id);
    }

    public OrganisationId parentId() {
        return parentId == null ? null : new OrganisationId(parentId);
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
