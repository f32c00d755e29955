package dk.pejling.proceedings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** A committee of a body (byråd, magistrat, udvalg, råd) with its members (OParl Organization). */
public class Committee {

    @Id
    private final UUID id;
    private final UUID bodyId;
    private UUID organisationId;
    private String name;
    private CommitteeKind kind;
    @Version
    private Long version;
    private final Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "committee_id", keyColumn = "position")
    private List<CommitteeMember> members = new ArrayList<>();

    @PersistenceCreator
    Committee(UUID id, UUID bodyId, UUID organisationId, String name, CommitteeKind kind, Long version,
              Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.bodyId = bodyId;
        this.organisationId = organisationId;
        this.name = name;
        this.kind = kind;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static Committee create(UUID bodyId, UUID organisationId, String name, Instant now) {
        return new Committee(UUID.randomUUID(), bodyId, organisationId, name, CommitteeKind.fromName(name), null, now, now);
    }

    /** Adds the person as a member unless already one. */
    boolean addMember(UUID personId, String role, LocalDate from, Instant now) {
        if (members.stream().anyMatch(m -> m.personId().equals(personId))) {
            return false;
        }
        members.add(new CommitteeMember(UUID.randomUUID(), personId, role, true, from, null, now));
        updatedAt = now;
        return true;
    }

    public UUID id() { return id; }
    public UUID bodyId() { return bodyId; }
    public UUID organisationId() { return organisationId; }
    public String name() { return name; }
    public CommitteeKind kind() { return kind; }
    public long version() { return version == null ? 0 : version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public List<CommitteeMember> members() { return List.copyOf(members); }
}
