package dk.pejling.proceedings;

import dk.pejling.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A meeting of a committee: when, where, who came and who did not. Its agenda items are aggregates of
 * their own, but are made and deleted through their meeting, which checks that they belong to it.
 */
public class Meeting {

    @Id
    private final UUID id;
    private final UUID committeeId;
    private LocalDate meetingDate;
    private LocalTime startTime;
    private LocalTime endTime;
    private String place;
    private MeetingStatus status;
    private String otherParticipants;
    private String sourceName;
    private boolean deleted;
    @Version
    private Long version;
    private final Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "meeting_id", keyColumn = "position")
    private List<MeetingParticipant> participants = new ArrayList<>();

    @PersistenceCreator
    Meeting(UUID id, UUID committeeId, LocalDate meetingDate, LocalTime startTime, LocalTime endTime, String place,
            MeetingStatus status, String otherParticipants, String sourceName, boolean deleted, Long version,
            Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.committeeId = committeeId;
        this.meetingDate = meetingDate;
        this.startTime = startTime;
        this.endTime = endTime;
        this.place = place;
        this.status = status;
        this.otherParticipants = otherParticipants;
        this.sourceName = sourceName;
        this.deleted = deleted;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /**
     * Minutes become a meeting only with a committee, a date and at least one agenda item; checked before
     * anything of them is written.
     */
    static void requireRecordable(ParsedMinutes minutes) {
        ParsedMinutes.ParsedMeeting parsed = minutes.meeting();
        if (parsed.committee() == null || parsed.committee().isBlank()) {
            throw new InvalidInputException("committee", "must not be blank");
        }
        if (parsed.date() == null) {
            throw new InvalidInputException("date", "the meeting date was not found in the minutes");
        }
        if (minutes.items().isEmpty()) {
            throw new InvalidInputException("file", "no agenda item was found in the file");
        }
    }

    /** The meeting that confirmed minutes record: held, with its minutes published. */
    static Meeting fromMinutes(UUID committeeId, ParsedMinutes minutes, List<MeetingParticipant> participants,
                               String sourceName, Instant now) {
        requireRecordable(minutes);
        ParsedMinutes.ParsedMeeting parsed = minutes.meeting();
        Meeting m = new Meeting(UUID.randomUUID(), committeeId, parsed.date(), parsed.start(), parsed.end(), parsed.place(),
                MeetingStatus.MINUTES_PUBLISHED, parsed.otherParticipants(), sourceName, false, null, now, now);
        m.participants = new ArrayList<>(participants);
        return m;
    }

    /** An item of this meeting's agenda, at {@code order}; a deleted meeting takes none. */
    AgendaItem agendaItem(UUID bodyId, UUID caseId, int order, ParsedItem parsed, Instant now) {
        requireNotDeleted();
        return AgendaItem.create(id, bodyId, caseId, order, parsed, now);
    }

    /**
     * Deletes the meeting with its agenda items (OParl lists them as deleted from now on); returns the
     * items it marked deleted. Every item given must be one of this meeting's.
     */
    List<AgendaItem> delete(List<AgendaItem> items, Instant now) {
        requireNotDeleted();
        for (AgendaItem item : items) {
            if (!item.meetingId().equals(id)) {
                throw new IllegalArgumentException("agenda item " + item.id() + " is not an item of meeting " + id);
            }
        }
        items.forEach(item -> item.markDeleted(now));
        deleted = true;
        updatedAt = now;
        return items;
    }

    private void requireNotDeleted() {
        if (deleted) {
            throw new IllegalStateException("meeting " + id + " is deleted");
        }
    }

    public UUID id() { return id; }
    public UUID committeeId() { return committeeId; }
    public LocalDate date() { return meetingDate; }
    public LocalTime startTime() { return startTime; }
    public LocalTime endTime() { return endTime; }
    public String place() { return place; }
    public MeetingStatus status() { return status; }
    public String otherParticipants() { return otherParticipants; }
    public String sourceName() { return sourceName; }
    public boolean deleted() { return deleted; }
    public long version() { return version == null ? 0 : version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public List<MeetingParticipant> participants() { return List.copyOf(participants); }

    public List<MeetingParticipant> participants(Attendance attendance) {
        return participants.stream().filter(p -> p.attendance() == attendance).toList();
    }
}
