package dk.pejling.proceedings;

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

/** A meeting of a committee: when, where, who came and who did not. Its agenda items are aggregates of their own. */
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

    static Meeting create(UUID committeeId, LocalDate date, LocalTime start, LocalTime end, String place,
                          MeetingStatus status, String otherParticipants, List<MeetingParticipant> participants,
                          String sourceName, Instant now) {
        Meeting m = new Meeting(UUID.randomUUID(), committeeId, date, start, end, place, status, otherParticipants,
                sourceName, false, null, now, now);
        m.participants = new ArrayList<>(participants);
        return m;
    }

    void markDeleted(Instant now) {
        deleted = true;
        updatedAt = now;
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
