package dk.pejling.initiative;

import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Period;
import dk.pejling.shared.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * An initiative of a strategy; initiatives nest (an aktivitet under an indsats). Its details come
 * validated ({@link InitiativeDetails}) and change only through {@link #revise}, which applies them as
 * meaningful changes (place, description, responsibility, period, goals …) and reports which happened.
 */
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

    /** What a revision of an initiative can change, each a change of its own meaning. */
    public enum Aspect {
        /** Its place in the strategy: the parent initiative, its number and kind. */
        PLACE,
        /** What it is: title, description, purpose, content, responsibilities, area. */
        DESCRIPTION,
        /** Who answers for it: the responsible organisation, the lead person and their account. */
        RESPONSIBILITY,
        PERIOD,
        /** The goals it serves. */
        GOALS,
        PARTNERS,
        STAFFING,
        TARGET_GROUPS,
        ORDER,
        VISIBILITY
    }

    static Initiative create(UUID strategyId, InitiativeDetails d, int order, Instant now) {
        Initiative i = new Initiative(UUID.randomUUID(), strategyId, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, order, null, null, now, now);
        i.revise(d, order, now);
        return i;
    }

    /**
     * Brings the initiative to the details a user saved (the form and the API send all of them at once),
     * one meaningful change after the other, and says which of them changed anything.
     */
    Set<Aspect> revise(InitiativeDetails d, int order, Instant now) {
        Set<Aspect> changed = EnumSet.noneOf(Aspect.class);
        note(changed, Aspect.PLACE, place(d.parentId(), d.number(), d.kind()));
        note(changed, Aspect.DESCRIPTION, describe(d.title(), d.description(), d.purpose(), d.content(),
                d.responsibilities(), d.area()));
        note(changed, Aspect.RESPONSIBILITY, handOver(d.responsibleId(), d.leadPerson(), d.leadUserId()));
        note(changed, Aspect.PERIOD, schedule(d.period()));
        note(changed, Aspect.GOALS, serve(d.goalIds()));
        note(changed, Aspect.PARTNERS, !partners.equals(d.partners()));
        partners = new ArrayList<>(d.partners());
        note(changed, Aspect.STAFFING, !staffing.equals(d.staffing()));
        staffing = new ArrayList<>(d.staffing());
        note(changed, Aspect.TARGET_GROUPS, !targetGroups.equals(d.targetGroups()));
        targetGroups = new ArrayList<>(d.targetGroups());
        note(changed, Aspect.ORDER, sortOrder != order);
        sortOrder = order;
        note(changed, Aspect.VISIBILITY, visibility != d.visibility());
        visibility = d.visibility();
        updatedAt = now; // saved is saved: "last changed" moves with every save, as it always did
        return changed;
    }

    private static void note(Set<Aspect> changed, Aspect aspect, boolean didChange) {
        if (didChange) {
            changed.add(aspect);
        }
    }

    /** Places the initiative under a parent (an aktivitet under its indsats), never under itself. */
    private boolean place(UUID newParent, String newNumber, InitiativeKind newKind) {
        if (newParent != null && newParent.equals(id)) {
            throw new InvalidInputException("parentId", "an initiative cannot be placed under itself or one of its parts");
        }
        boolean changed = !Objects.equals(parentId, newParent) || !Objects.equals(number, newNumber) || kind != newKind;
        parentId = newParent;
        number = newNumber;
        kind = newKind;
        return changed;
    }

    private boolean describe(String newTitle, String newDescription, String newPurpose, String newContent,
                             String newResponsibilities, String newArea) {
        boolean changed = !Objects.equals(title, newTitle) || !Objects.equals(description, newDescription)
                || !Objects.equals(purpose, newPurpose) || !Objects.equals(content, newContent)
                || !Objects.equals(responsibilities, newResponsibilities) || !Objects.equals(area, newArea);
        title = newTitle;
        description = newDescription;
        purpose = newPurpose;
        content = newContent;
        responsibilities = newResponsibilities;
        area = newArea;
        return changed;
    }

    /** Hands the initiative to a responsible organisation and lead; who may do so the service decides. */
    private boolean handOver(UUID newResponsible, String newLeadPerson, UUID newLeadUser) {
        boolean changed = !Objects.equals(responsibleId, newResponsible) || !Objects.equals(leadPerson, newLeadPerson)
                || !Objects.equals(leadUserId, newLeadUser);
        responsibleId = newResponsible;
        leadPerson = newLeadPerson;
        leadUserId = newLeadUser;
        return changed;
    }

    private boolean schedule(Period period) {
        boolean changed = !period.equals(period());
        periodFrom = period.from();
        periodTo = period.to();
        return changed;
    }

    private boolean serve(List<UUID> goalIds) {
        Set<InitiativeGoal> served = new LinkedHashSet<>(goalIds.stream().map(InitiativeGoal::new).toList());
        boolean changed = !served.equals(goals);
        goals = served;
        return changed;
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
