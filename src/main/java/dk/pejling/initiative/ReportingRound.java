package dk.pejling.initiative;

import dk.pejling.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** "Status pr. 1. marts 2018": a round that asks the owners of a strategy's initiatives for a status. */
public class ReportingRound {

    @Id
    private final UUID id;
    private final UUID strategyId;
    private String title;
    private LocalDate asOf;
    private LocalDate dueDate;
    private RoundState state;
    private final int initiativeCount;
    private final String openedBy;
    private final Instant openedAt;
    private String approvedBy;
    private Instant approvedAt;
    @Version
    private Long version;

    @PersistenceCreator
    ReportingRound(UUID id, UUID strategyId, String title, LocalDate asOf, LocalDate dueDate, RoundState state,
                   int initiativeCount, String openedBy, Instant openedAt, String approvedBy, Instant approvedAt,
                   Long version) {
        this.initiativeCount = initiativeCount;
        this.id = id;
        this.strategyId = strategyId;
        this.title = title;
        this.asOf = asOf;
        this.dueDate = dueDate;
        this.state = state;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.version = version;
    }

    static ReportingRound open(UUID strategyId, String title, LocalDate asOf, LocalDate dueDate, List<UUID> initiatives,
                               String by, Instant now) {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (title == null || title.isBlank()) {
            errors.put("title", "must not be blank");
        }
        if (asOf == null) {
            errors.put("asOf", "must be given");
        }
        if (dueDate == null) {
            errors.put("dueDate", "must be given");
        } else if (asOf != null && dueDate.isBefore(asOf)) {
            // a due date before the date the status is taken at cannot be met: owners would report the future
            errors.put("dueDate", "must not be before the status date");
        }
        if (initiatives.isEmpty()) {
            errors.put("strategyId", "the strategy has no initiatives to report on");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // The members themselves are stored by the service, beside the round (see RoundQueries.addMembers).
        return new ReportingRound(UUID.randomUUID(), strategyId, title.strip(), asOf, dueDate, RoundState.OPEN,
                initiatives.size(), by, now, null, null, null);
    }

    /**
     * What locking a round did: who locked it when, and how many initiatives it was locked without
     * (those the coordinator confirmed could stay unreported).
     */
    public record Locked(UUID roundId, int lockedWithoutReport, String by, Instant at) {
    }

    /**
     * Locks the round. Refused when it is locked already or a report still waits for review; when
     * initiatives have not reported, only with {@code lockWithMissing} — the coordinator has been
     * warned and confirmed that the round is complete without them.
     */
    Locked approve(RoundProgress progress, boolean lockWithMissing, String by, Instant now) {
        if (locked()) {
            throw new InvalidInputException("state", "the round is already approved");
        }
        if (progress.waiting() > 0) {
            throw new InvalidInputException("state", progress.waiting() + " reports still wait for review");
        }
        if (progress.missing() > 0 && !lockWithMissing) {
            throw new InvalidInputException("lockWithMissing",
                    progress.missing() + " initiatives have not reported; confirm to lock the round without them");
        }
        state = RoundState.APPROVED;
        approvedBy = by;
        approvedAt = now;
        return new Locked(id, progress.missing(), by, now);
    }

    public UUID id() { return id; }
    public UUID strategyId() { return strategyId; }
    public String title() { return title; }
    public LocalDate asOf() { return asOf; }
    public LocalDate dueDate() { return dueDate; }
    public RoundState state() { return state; }
    public boolean locked() { return state == RoundState.APPROVED; }
    public String openedBy() { return openedBy; }
    public Instant openedAt() { return openedAt; }
    public String approvedBy() { return approvedBy; }
    public Instant approvedAt() { return approvedAt; }
    public long version() { return version == null ? 0 : version; }
    /** How many initiatives the round asks about. */
    public int initiativeCount() { return initiativeCount; }
}
