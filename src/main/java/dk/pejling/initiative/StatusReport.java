package dk.pejling.initiative;

import dk.pejling.shared.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One initiative's status in one round. It changes only through its steps — first submission,
 * resubmission, review, correction — each checking the round's state and the report's own, and each
 * returning the revision that records it for the append-only history.
 */
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

    /** A report just submitted for the first time, and the revision that records it. */
    public record Submitted(StatusReport report, StatusReportRevision revision) {
    }

    /**
     * The owner's first status for an initiative in an open round; the status must be one of the
     * strategy's {@code legend}, with a note when that status needs one.
     */
    static Submitted first(ReportingRound round, UUID initiativeId, StatusInput input, List<StatusOption> legend,
                           String by, Instant now) {
        requireOpen(round);
        input.requireNoteFor(input.optionIn(legend));
        StatusReport report = new StatusReport(UUID.randomUUID(), round.id(), initiativeId, input.statusCode(),
                input.comment(), input.progress(), ReportState.SUBMITTED, 1, by, now, null, null, null, null);
        return new Submitted(report, report.revisionRecord(SUBMITTED, null, by, now));
    }

    /**
     * The owner submits again, after the report was sent back or to change it before review. Refused
     * once the round is locked or the report approved: from then on only a correction changes it.
     */
    StatusReportRevision resubmit(ReportingRound round, StatusInput input, List<StatusOption> legend, String by,
                                  Instant now) {
        requireOwnRound(round);
        requireOpen(round);
        if (state == ReportState.APPROVED) {
            throw new InvalidInputException("state", "the report is approved; ask the coordinator for a correction");
        }
        input.requireNoteFor(input.optionIn(legend));
        takeNewVersion(input, by, now);
        state = ReportState.SUBMITTED;
        return revisionRecord(SUBMITTED, null, by, now);
    }

    /**
     * The coordinator's decision on a submitted report in an open round. A report sent back says why,
     * so the owner knows what to change; a report already approved or sent back is not reviewed again.
     */
    StatusReportRevision review(ReportingRound round, boolean approve, String comment, String by, Instant now) {
        requireOwnRound(round);
        if (round.locked()) {
            throw new InvalidInputException("round", "the round is approved and locked");
        }
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
        return revisionRecord(approve ? APPROVED : RETURNED, note, by, now);
    }

    /**
     * A correction after the round was locked: a new version that stays approved, with its reason kept in
     * the history. While the round is open, the report is submitted or reviewed instead.
     */
    StatusReportRevision correct(ReportingRound round, StatusInput input, List<StatusOption> legend, String reason,
                                 String by, Instant now) {
        requireOwnRound(round);
        if (!round.locked()) {
            throw new InvalidInputException("round", "the round is still open; submit or review the report instead");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "a correction needs a reason");
        }
        input.requireNoteFor(input.optionIn(legend));
        takeNewVersion(input, by, now);
        state = ReportState.APPROVED;
        reviewedBy = by;
        reviewedAt = now;
        return revisionRecord(CORRECTED, reason.strip(), by, now);
    }

    private void takeNewVersion(StatusInput input, String by, Instant now) {
        statusCode = input.statusCode();
        comment = input.comment();
        progress = input.progress();
        revision++;
        submittedBy = by;
        submittedAt = now;
    }

    private static void requireOpen(ReportingRound round) {
        if (round.locked()) {
            throw new InvalidInputException("round", "the round is approved and locked; ask the coordinator for a correction");
        }
    }

    /** A programming error, not bad input: the service loads the round by the report's own round id. */
    private void requireOwnRound(ReportingRound round) {
        if (!round.id().equals(roundId)) {
            throw new IllegalArgumentException("report " + id + " belongs to round " + roundId + ", not " + round.id());
        }
    }

    private static final String SUBMITTED = "SUBMITTED";
    private static final String APPROVED = "APPROVED";
    private static final String RETURNED = "RETURNED";
    private static final String CORRECTED = "CORRECTED";

    private StatusReportRevision revisionRecord(String action, String note, String actor, Instant at) {
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
