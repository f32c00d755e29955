package dk.pejling.indicator;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A verdict set by hand for a goal without numbers, for one period, always with its reason. */
@Table("indicator_manual_verdict")
public class ManualVerdict {

    @Id
    private final UUID id;
    private final UUID goalId;
    private final String period;
    private Attainment status;
    private String reason;
    private String setBy;
    private Instant setAt;
    @Version
    private Long version;

    @PersistenceCreator
    ManualVerdict(UUID id, UUID goalId, String period, Attainment status, String reason, String setBy, Instant setAt,
                  Long version) {
        this.id = id;
        this.goalId = goalId;
        this.period = period;
        this.status = status;
        this.reason = reason;
        this.setBy = setBy;
        this.setAt = setAt;
        this.version = version;
    }

    static ManualVerdict create(UUID goalId, MeasurementPeriod period, Attainment status, String reason, String by, Instant now) {
        return new ManualVerdict(UUID.randomUUID(), goalId, period.value(), status, reason, by, now, null);
    }

    void change(Attainment status, String reason, String by, Instant now) {
        this.status = status;
        this.reason = reason;
        this.setBy = by;
        this.setAt = now;
    }

    public UUID id() { return id; }
    public UUID goalId() { return goalId; }
    public MeasurementPeriod period() { return MeasurementPeriod.of(period); }
    public Attainment status() { return status; }
    public String reason() { return reason; }
    public String setBy() { return setBy; }
    public Instant setAt() { return setAt; }
    public long version() { return version == null ? 0 : version; }

    public Explanation explanation() {
        String why = reason.strip().replaceAll("[.:;]+$", "");
        return Explanation.of(Explanation.Reason.MANUAL, why, status);
    }
}
