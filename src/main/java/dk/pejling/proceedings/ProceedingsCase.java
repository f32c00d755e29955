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
import org.springframework.data.relational.core.mapping.Table;

/**
 * A case (sag, OParl Paper) by its case number, which travels through several committees: its
 * hearing deadline and timetable; each committee's treatment is an agenda item naming the case.
 */
@Table("proceedings_case")
public class ProceedingsCase {

    @Id
    private final UUID id;
    private final UUID bodyId;
    private final String caseNumber;
    private String title;
    private String kleCode;
    private LocalDate hearingDeadline;
    @Version
    private Long version;
    private final Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "case_id", keyColumn = "position")
    private List<CaseStep> steps = new ArrayList<>();

    @PersistenceCreator
    ProceedingsCase(UUID id, UUID bodyId, String caseNumber, String title, String kleCode, LocalDate hearingDeadline,
                    Long version, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.bodyId = bodyId;
        this.caseNumber = caseNumber;
        this.title = title;
        this.kleCode = kleCode;
        this.hearingDeadline = hearingDeadline;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static ProceedingsCase create(UUID bodyId, String caseNumber, String title, Instant now) {
        return new ProceedingsCase(UUID.randomUUID(), bodyId, caseNumber, title, null, null, null, now, now);
    }

    /** What a later treatment adds: a KLE code, a deadline or a timetable the case did not have yet. */
    boolean learn(String kle, LocalDate deadline, List<CaseStep> timetable, Instant now) {
        boolean changed = false;
        if (kle != null && kleCode == null) {
            kleCode = kle;
            changed = true;
        }
        if (deadline != null && !deadline.equals(hearingDeadline)) {
            hearingDeadline = deadline;
            changed = true;
        }
        if (timetable != null && !timetable.isEmpty() && !timetable.equals(steps)) {
            steps = new ArrayList<>(timetable);
            changed = true;
        }
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    public UUID id() { return id; }
    public UUID bodyId() { return bodyId; }
    public String caseNumber() { return caseNumber; }
    public String title() { return title; }
    public String kleCode() { return kleCode; }
    public LocalDate hearingDeadline() { return hearingDeadline; }
    public long version() { return version == null ? 0 : version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public List<CaseStep> steps() { return List.copyOf(steps); }
}
