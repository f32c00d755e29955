package dk.pejling.initiative;

import dk.pejling.shared.Period;
import dk.pejling.shared.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** An initiative of a strategy; initiatives nest (an aktivitet under an indsats). */
public class Initiative {

    @Id
    private final UUID id;
    private final UUID strategyId;
    private UUID parentId;
    private String number;
    private InitiativeKind kind;
    private String title;
    private String description;
    private String purpose;
    private String content;
    private String responsibilities;
    private String area;
    private UUID responsibleId;
    private String leadPerson;
    private UUID leadUserId;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private int sortOrder;
    private Visibility visibility;
    @Version
    private Long version;
    private final Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "initiative_id", keyColumn = "position")
    private List<Partner> partners = new ArrayList<>();
    @MappedCollection(idColumn = "initiative_id", keyColumn = "position")
    private List<Staffing> staffing = new ArrayList<>();
    @MappedCollection(idColumn = "initiative_id", keyColumn = "position")
    private List<TargetGroup> targetGroups = new ArrayList<>();
    @MappedCollection(idColumn = "initiative_id")
    private Set<InitiativeGoal> goals = new LinkedHashSet<>();

    @PersistenceCreator
    Initiative(UUID id, UUID strategyId, UUID parentId, String number, InitiativeKind kind, String title,
               String description, String purpose, String content, String responsibilities, String area,
               UUID responsibleId, String leadPerson, UUID leadUserId, LocalDate periodFrom, LocalDate periodTo,
               int sortOrder, Visibility visibility, Long version, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.strategyId = strategyId;
        this.parentId = parentId;
        this.number = number;
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.purpose = purpose;
        this.content = content;
        this.responsibilities = responsibilities;
        this.area = area;
        this.responsibleId = responsibleId;
        this.leadPerson = leadPerson;
        this.leadUserId = leadUserId;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.sortOrder = sortOrder;
        this.visibility = visibility;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static Initiative create(UUID strategyId, InitiativeDetails d, int order, Instant now) {
        Initiative i = new Initiative(UUID.randomUUID(), strategyId, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, order, null, null, now, now);
        i.apply(d, order, now);
        return i;
    }

    void apply(InitiativeDetails d, int order, Instant now) {
        parentId = d.parentId();
        number = d.number();
        kind = d.kind();
        title = d.title();
        description = d.description();
        purpose = d.purpose();
        content = d.content();
        responsibilities = d.responsibilities();
        area = d.area();
        responsibleId = d.responsibleId();
        leadPerson = d.leadPerson();
        leadUserId = d.leadUserId();
        periodFrom = d.period().from();
        periodTo = d.period().to();
        sortOrder = order;
        visibility = d.visibility();
        partners = new ArrayList<>(d.partners());
        staffing = new ArrayList<>(d.staffing());
        targetGroups = new ArrayList<>(d.targetGroups());
        goals = new LinkedHashSet<>(d.goalIds().stream().map(InitiativeGoal::new).toList());
        updatedAt = now;
    }

    public InitiativeId id() { return new InitiativeId(id); }
    public UUID strategyId() { return strategyId; }
    public UUID parentId() { return parentId; }
    public String number() { return number; }
    public InitiativeKind kind() { return kind; }
    public String title() { return title; }
    public String description() { return description; }
    public String purpose() { return purpose; }
    public String content() { return content; }
    public String responsibilities() { return responsibilities; }
    public String area() { return area; }
    public UUID responsibleId() { return responsibleId; }
    public String leadPerson() { return leadPerson; }
    public UUID leadUserId() { return leadUserId; }
    public Period period() { return new Period(periodFrom, periodTo); }
    public int order() { return sortOrder; }
    public Visibility visibility() { return visibility; }
    public long version() { return version == null ? 0 : version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public List<Partner> partners() { return List.copyOf(partners); }
    public List<Staffing> staffing() { return List.copyOf(staffing); }
    public List<TargetGroup> targetGroups() { return List.copyOf(targetGroups); }
    public List<UUID> goalIds() { return goals.stream().map(InitiativeGoal::goalId).toList(); }

    /** "15.5 Forvaltningen har som mål …" */
    public String label() {
        return number == null ? title : number + " " + title;
    }
}
