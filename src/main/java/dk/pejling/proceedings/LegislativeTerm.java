package dk.pejling.proceedings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A council's term of office ("byrådsperioden 2014-2017"). */
public class LegislativeTerm {

    @Id
    private final UUID id;
    private final UUID bodyId;
    private String name;
    private LocalDate startDate;
    private LocalDate endDate;
    @Version
    private Long version;
    private final Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    LegislativeTerm(UUID id, UUID bodyId, String name, LocalDate startDate, LocalDate endDate, Long version,
                    Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.bodyId = bodyId;
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static LegislativeTerm create(UUID bodyId, String name, LocalDate start, LocalDate end, Instant now) {
        return new LegislativeTerm(UUID.randomUUID(), bodyId, name, start, end, null, now, now);
    }

    public UUID id() { return id; }
    public UUID bodyId() { return bodyId; }
    public String name() { return name; }
    public LocalDate startDate() { return startDate; }
    public LocalDate endDate() { return endDate; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
