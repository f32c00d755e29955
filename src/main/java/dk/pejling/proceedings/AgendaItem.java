package dk.pejling.proceedings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * An agenda item of a meeting: number, title, open or closed, case number, KLE code, case
 * description, recommendation (indstilling), attachments and decision, and what it concerns.
 *
 * <p>Every read path (pages, REST API, OParl, search) hands out {@link #visibleTo}, never the item
 * itself: that method is the one place that decides whether a closed item's content reaches the viewer,
 * by the viewer's {@link ClosedAccess} (the secretariat of the item's committee, and administrators).
 * Queries that filter in SQL apply the same rule with the same {@link ClosedAccess}.
 */
public class AgendaItem {

    @Id
    private final UUID id;
    private final UUID meetingId;
    private final UUID bodyId;
    private UUID caseId;
    private String number;
    private int sortOrder;
    private String title;
    private boolean closed;
    private String caseNumber;
    private String kleCode;
    private String description;
    private String recommendation;
    private String decision;
    private boolean deleted;
    @Version
    private Long version;
    private final Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "agenda_item_id", keyColumn = "position")
    private List<Attachment> attachments = new ArrayList<>();
    @MappedCollection(idColumn = "agenda_item_id")
    private Set<ItemLink> links = new LinkedHashSet<>();

    @PersistenceCreator
    AgendaItem(UUID id, UUID meetingId, UUID bodyId, UUID caseId, String number, int sortOrder, String title, boolean closed,
               String caseNumber, String kleCode, String description, String recommendation, String decision,
               boolean deleted, Long version, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.meetingId = meetingId;
        this.bodyId = bodyId;
        this.caseId = caseId;
        this.number = number;
        this.sortOrder = sortOrder;
        this.title = title;
        this.closed = closed;
        this.caseNumber = caseNumber;
        this.kleCode = kleCode;
        this.description = description;
        this.recommendation = recommendation;
        this.decision = decision;
        this.deleted = deleted;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** For queries that read items with plain JDBC (the OParl lists); attachments and links are set after. */
    public static AgendaItem fromRow(UUID id, UUID meetingId, UUID caseId, String number, int sortOrder, String title,
                                     boolean closed, String caseNumber, String kleCode, String description,
                                     String recommendation, String decision, boolean deleted, Instant createdAt,
                                     Instant updatedAt, List<Attachment> attachments) {
        AgendaItem item = new AgendaItem(id, meetingId, null, caseId, number, sortOrder, title, closed, caseNumber, kleCode,
                description, recommendation, decision, deleted, 0L, createdAt, updatedAt);
        item.attachments = new ArrayList<>(attachments);
        return item;
    }

    /** The same row read by plain JDBC, with its attachments. */
    public AgendaItem withAttachments(List<Attachment> found) {
        AgendaItem copy = fromRow(id, meetingId, caseId, number, sortOrder, title, closed, caseNumber, kleCode, description,
                recommendation, decision, deleted, createdAt, updatedAt, found);
        copy.links = new LinkedHashSet<>(links);
        return copy;
    }

    static AgendaItem create(UUID meetingId, UUID bodyId, UUID caseId, int order, ParsedItem parsed, Instant now) {
        AgendaItem item = new AgendaItem(UUID.randomUUID(), meetingId, bodyId, caseId, parsed.number(), order, parsed.title(),
                parsed.closed(), parsed.caseNumber(), parsed.kleCode(), parsed.description(), parsed.recommendation(),
                parsed.decision(), false, null, now, now);
        parsed.attachments().forEach(a -> item.attachments.add(new Attachment(UUID.randomUUID(), a, parsed.urlOf(a))));
        return item;
    }

    /** Whether an item was closed or reopened by an edit, or stayed as it was. */
    enum Closure { UNCHANGED, CLOSED, REOPENED }

    /** What an edit did: a reopening publishes the content, so it carries its reason for the audit log. */
    record Edited(Closure closure, String reason) {
    }

    /** Whether asking for {@code closed} (null: stays as it is) would close or reopen the item. */
    boolean changesClosure(Boolean wanted) {
        return wanted != null && wanted != closed;
    }

    /**
     * Corrects the decision (blank: none) and what the item concerns, and closes or reopens it
     * ({@code wanted} null: stays as it is). Reopening publishes the content: it needs a reason, checked
     * before anything changes.
     */
    Edited edit(String newDecision, Set<ItemLink> newLinks, Boolean wanted, String reason, Instant now) {
        if (deleted) {
            throw new IllegalStateException("agenda item " + id + " is deleted");
        }
        Closure closure = !changesClosure(wanted) ? Closure.UNCHANGED : wanted ? Closure.CLOSED : Closure.REOPENED;
        if (closure == Closure.REOPENED && (reason == null || reason.isBlank())) {
            throw new dk.pejling.shared.InvalidInputException("reason", "say why the closed item is made public");
        }
        decision = newDecision == null || newDecision.isBlank() ? null : newDecision.strip();
        links = new LinkedHashSet<>(newLinks);
        closed = closure == Closure.UNCHANGED ? closed : closure == Closure.CLOSED;
        updatedAt = now;
        return new Edited(closure, closure == Closure.REOPENED ? reason.strip() : null);
    }

    void link(ItemLink link, Instant now) {
        if (links.add(link)) {
            updatedAt = now;
        }
    }

    void markDeleted(Instant now) {
        deleted = true;
        updatedAt = now;
    }

    /**
     * The item as a viewer with this access may see it: a closed item keeps only its number, title and
     * place on the agenda for everyone outside its committee's secretariat.
     *
     * @param committeeId the committee of the item's meeting
     */
    public AgendaItemView visibleTo(ClosedAccess access, UUID committeeId) {
        boolean full = !closed || access.reads(committeeId);
        return new AgendaItemView(id, meetingId, full ? caseId : null, number, sortOrder, title, closed,
                full ? caseNumber : null, full ? kleCode : null, full ? description : null,
                full ? recommendation : null, full ? decision : null, full ? List.copyOf(attachments) : List.of(),
                full ? List.copyOf(links) : List.of(), !full, deleted, version(), createdAt, updatedAt);
    }

    public UUID id() { return id; }
    public UUID meetingId() { return meetingId; }
    public boolean closed() { return closed; }
    public boolean deleted() { return deleted; }
    public int order() { return sortOrder; }
    public long version() { return version == null ? 0 : version; }
    UUID caseId() { return caseId; }
    String title() { return title; }
}
