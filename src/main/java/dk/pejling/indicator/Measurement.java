package dk.pejling.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One value of an indicator for a period. Never changed in place: a correction is a new
 * measurement that replaces this one, which is then marked superseded and kept.
 */
@Table("indicator_measurement")
public class Measurement {

    @Id
    private final UUID id;
    private final UUID indicatorId;
    private final String period;
    private final String step;
    @Column("measured_value")
    private final BigDecimal value;
    private final Integer sampleSize;
    private final BigDecimal ciLow;
    private final BigDecimal ciHigh;
    private final String note;
    private final String source;
    private final String evidenceUrl;
    private final BigDecimal reportedChange;
    private final Unit reportedChangeUnit;
    private final ReportedChange.Qualifier reportedChangeQualifier;
    private final String reportedChangeReference;
    private final String enteredBy;
    private final Instant enteredAt;
    private final UUID replacesId;
    private final String correctionReason;
    private Instant supersededAt;
    @Version
    private Long version;

    @PersistenceCreator
    Measurement(UUID id, UUID indicatorId, String period, String step, BigDecimal value, Integer sampleSize,
                BigDecimal ciLow, BigDecimal ciHigh, String note, String source, String evidenceUrl,
                BigDecimal reportedChange, Unit reportedChangeUnit, ReportedChange.Qualifier reportedChangeQualifier,
                String reportedChangeReference, String enteredBy, Instant enteredAt, UUID replacesId,
                String correctionReason, Instant supersededAt, Long version) {
        this.id = id;
        this.indicatorId = indicatorId;
        this.period = period;
        this.step = step;
        this.value = value;
        this.sampleSize = sampleSize;
        this.ciLow = ciLow;
        this.ciHigh = ciHigh;
        this.note = note;
        this.source = source;
        this.evidenceUrl = evidenceUrl;
        this.reportedChange = reportedChange;
        this.reportedChangeUnit = reportedChangeUnit;
        this.reportedChangeQualifier = reportedChangeQualifier;
        this.reportedChangeReference = reportedChangeReference;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
        this.replacesId = replacesId;
        this.correctionReason = correctionReason;
        this.supersededAt = supersededAt;
        this.version = version;
    }

    static Measurement record(IndicatorId indicator, MeasurementInput in, String enteredBy, Instant now,
                              UUID replaces, String reason) {
        ReportedChange change = in.reportedChange();
        return new Measurement(UUID.randomUUID(), indicator.value(), in.period().value(), in.step(), in.value(),
                in.sampleSize(), in.ciLow(), in.ciHigh(), in.note(), in.source(), in.evidenceUrl(),
                change == null ? null : change.value(), change == null ? null : change.unit(),
                change == null ? null : change.qualifier(), change == null ? null : change.reference(),
                enteredBy, now, replaces, reason, null, null);
    }

    void supersede(Instant now) {
        supersededAt = now;
    }

    public MeasuredValue asValue() {
        return new MeasuredValue(MeasurementPeriod.of(period), step, value, reportedChange == null ? null
                : new ReportedChange(reportedChange, reportedChangeUnit, reportedChangeQualifier, reportedChangeReference),
                ciLow, ciHigh);
    }

    public UUID id() { return id; }
    public IndicatorId indicatorId() { return new IndicatorId(indicatorId); }
    public MeasurementPeriod period() { return MeasurementPeriod.of(period); }
    public String step() { return step; }
    public BigDecimal value() { return value; }
    public Integer sampleSize() { return sampleSize; }
    public BigDecimal ciLow() { return ciLow; }
    public BigDecimal ciHigh() { return ciHigh; }
    public String note() { return note; }
    public String source() { return source; }
    public String evidenceUrl() { return evidenceUrl; }
    public ReportedChange reportedChange() { return asValue().reportedChange(); }
    public String enteredBy() { return enteredBy; }
    public Instant enteredAt() { return enteredAt; }
    public UUID replacesId() { return replacesId; }
    public String correctionReason() { return correctionReason; }
    public Instant supersededAt() { return supersededAt; }
    public boolean current() { return supersededAt == null; }
    public long version() { return version == null ? 0 : version; }
}
