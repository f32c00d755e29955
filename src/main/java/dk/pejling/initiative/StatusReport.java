package dk.pejling.initiative;

import dk.pejling.shared.InvalidInputException;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One initiative's status in one round; each change also lands in the append-only revision history. */
@Table("status_report")
public class StatusReport {

    @Id
    private final UUID id;
    private final UUID roundId;
    private final UUID initiativeId;
    private String statusCode;
    private String comment;
    private Integer progress;
    private ReportState state;
    private int revision;
    private String submittedBy;
    private Instant submittedAt;
    private String reviewComment;
    private String reviewedBy;
    private Instant reviewedAt;
    @Version
    private Long version;

    @PersistenceCreator
    StatusReport(UUID id, UUID roundId, UUID initiativeId, String statusCode, String comment, Integer progress,
                 ReportState state, int revision, String submittedBy, Instant submittedAt, String reviewComment,
                 String reviewedBy, Instant reviewedAt, Long version) {
        this.id = id;
        this.roundId = roundId;
        this.initiativeId = initiativeId;
        this.statusCode = statusCode;
        this.comment = comment;
        this.progress = progress;
        this.state = state;
        this.revision = revision;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.reviewComment = reviewComment;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
        this.version = version;
    }

    static StatusReport first(UUID roundId, UUID initiativeId, StatusInput input, String by, Instant now) {
        return new StatusReport(UUID.randomUUID(), roundId, initiativeId, input.statusCode(), input.comment(),
                input.progress(), ReportState.SUBMITTED, 1, by, now, null, null, null, null);
    }

    void resubmit(StatusInput input, String by, Instant now) {
        statusCode = input.statusCode();
        comment = input.comment();
        progress = input.progress();
        state = ReportState.SUBMITTED;
        revision++;
        submittedBy = by;
        submittedAt = now;
    }

    /**
     * The coordinator's decision on a submitted report. A report sent back says why, so the owner
     * knows what to change; a report already approved or sent back is not reviewed again.
     */
    void review(boolean approve, String comment, String by, Instant now) {
        if (state != ReportState.SUBMITTED) {
            throw new InvalidInputException("state", "only a submitted report can be reviewed");
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (!approve && note == null) {
            throw new InvalidInputException("comment", "say why the report is sent back");
        }
        state = approve ? ReportState.APPROVED : ReportState.RETURNED;
        reviewComment = note;
        reviewedBy = by;
        reviewedAt = now;
    }

    /** A correction after the round was approved: a new version that stays approved. */
    void correct(StatusInput input, String by, Instant now) {
        resubmit(input, by, now);
        state = ReportState.APPROVED;
        reviewedBy = by;
        reviewedAt = now;
    }

    StatusReportRevision revisionRecord(String action, String note, String actor, Instant at) {
        return new StatusReportRevision(UUID.randomUUID(), id, revision, action, statusCode, comment, progress, note, actor, at);
    }

    public UUID id() { return id; }
    public UUID roundId() { return roundId; }
    public UUID initiativeId() { return initiativeId; }
    public String statusCode() { return statusCode; }
    public String comment() { return comment; }
    public Integer progress() { return progress; }
    public ReportState state() { return state; }
    public int revision() { return revision; }
    public String submittedBy() { return submittedBy; }
    public Instant submittedAt() { return submittedAt; }
    public String reviewComment() { return reviewComment; }
    public String reviewedBy() { return reviewedBy; }
    public Instant reviewedAt() { return reviewedAt; }
    public long version() { return version == null ? 0 : version; }
}
