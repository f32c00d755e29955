package dk.pejling.proceedings;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A politician or other person who sits in a committee, as the minutes name them ("Per Clausen (Ø)"). */
@Table("proceedings_person")
public class Person {

    @Id
    private final UUID id;
    private final UUID bodyId;
    private String name;
    private String party;
    @Version
    private Long version;
    private final Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    Person(UUID id, UUID bodyId, String name, String party, Long version, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.bodyId = bodyId;
        this.name = name;
        this.party = party;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static Person create(UUID bodyId, String name, String party, Instant now) {
        return new Person(UUID.randomUUID(), bodyId, name, party, null, now, now);
    }

    public UUID id() { return id; }
    public UUID bodyId() { return bodyId; }
    public String name() { return name; }
    public String party() { return party; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }

    /** "Per Clausen (Ø)" */
    public String label() {
        return party == null ? name : name + " (" + party + ")";
    }
}
