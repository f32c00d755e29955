package dk.pejling.proceedings;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A body whose committees meet (OParl Body): a municipality, a police district; usually an organisation of the register. */
@Table("proceedings_body")
public class Body {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private String name;
    private String shortName;
    @Version
    private Long version;
    private final Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    Body(UUID id, UUID organisationId, String name, String shortName, Long version, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.organisationId = organisationId;
        this.name = name;
        this.shortName = shortName;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static Body create(UUID organisationId, String name, String shortName, Instant now) {
        return new Body(UUID.randomUUID(), organisationId, name, shortName, null, now, now);
    }

    public UUID id() { return id; }
    public UUID organisationId() { return organisationId; }
    public String name() { return name; }
    public String shortName() { return shortName; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
