package dk.pejling.indicator;

import dk.pejling.indicator.attainment.MeasuredValue;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.VersionConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One value of an indicator for a period. Never changed in place: a correction is a new
 * measurement that replaces this one, which is then marked superseded and kept. The rules of entering
 * and correcting live here, used alike by a user's entry, the import and the safety index's feed.
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

    /**
     * A new value for a period (and ladder step). {@code current} is the value the indicator holds for
     * that period and step now, if any: a period with a value is corrected, never entered twice.
     */
    static Measurement enter(Indicator indicator, MeasurementInput in, Measurement current, String enteredBy, Instant now) {
        requireFits(indicator, in);
        if (current != null) {
            throw new InvalidInputException("period", "already has a value for " + in.period()
                    + (in.step() == null ? "" : " (" + in.step() + ")") + "; correct that value instead");
        }
        return record(indicator.id(), in, enteredBy, now, null, null);
    }

    /** What a correction did: the value it replaced (now superseded, kept in the history) and the new one. */
    public record Correction(Measurement superseded, Measurement replacement) {
    }

    /**
     * Replaces this value, which must still be current and at the version the user saw, by a value for the
     * same period and step, with a reason kept on the new value. This value is marked superseded.
     */
    Correction correctedBy(Indicator indicator, long expectedVersion, MeasurementInput in, String reason, String enteredBy,
                           Instant now) {
        if (!indicator.id().value().equals(indicatorId)) {
            throw new IllegalArgumentException("measurement " + id + " is not a value of indicator " + indicator.id().value());
        }
        VersionConflictException.check("measurement", id, expectedVersion, version());
        if (!current()) {
            throw new VersionConflictException("measurement", id, version());
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "a correction needs a reason");
        }
        if (!slot().equals(slot(in.period(), in.step()))) {
            throw new InvalidInputException("period", "a correction keeps the period; enter a new value for another period");
        }
        requireFits(indicator, in);
        supersededAt = now;
        return new Correction(this, record(indicator.id(), in, enteredBy, now, id, reason.strip()));
    }

    /** Why a value does not fit its indicator, whatever says so (a form's field error, an import's row error). */
    public enum Misfit {
        /** The period is more frequent than the indicator's frequency. */
        PERIOD_TOO_FINE,
        /** The ladder step is one no target of the indicator names. */
        UNKNOWN_STEP
    }

    /**
     * Where a value does not fit its indicator: a period more frequent than the indicator's frequency, a
     * ladder step no target names. Empty when it fits. The import reports these per row; entering a value
     * refuses it ({@link #requireFits}).
     */
    public static Set<Misfit> misfits(Indicator indicator, MeasurementPeriod period, String step) {
        Set<Misfit> problems = EnumSet.noneOf(Misfit.class);
        if (!indicator.acceptsPeriod(period)) {
            problems.add(Misfit.PERIOD_TOO_FINE);
        }
        if (step != null && !indicator.hasStep(step)) {
            problems.add(Misfit.UNKNOWN_STEP);
        }
        return problems;
    }

    private static void requireFits(Indicator indicator, MeasurementInput in) {
        Set<Misfit> problems = misfits(indicator, in.period(), in.step());
        if (problems.contains(Misfit.PERIOD_TOO_FINE)) {
            throw new InvalidInputException("period", in.period() + " is more frequent than the indicator's frequency ("
                    + indicator.frequency().code() + ")");
        }
        if (problems.contains(Misfit.UNKNOWN_STEP)) {
            throw new InvalidInputException("step", "the indicator has no ladder step '" + in.step() + "'");
        }
    }

    /**
     * The fields in which an input differs from this value (numbers compared by value, 1.50 = 1.5): none
     * means entering it again would change nothing, any means it is a correction.
     */
    public Set<MeasurementField> changesIn(MeasurementInput in) {
        Set<MeasurementField> changed = EnumSet.noneOf(MeasurementField.class);
        if (differ(value, in.value())) {
            changed.add(MeasurementField.VALUE);
        }
        if (!Objects.equals(sampleSize, in.sampleSize())) {
            changed.add(MeasurementField.SAMPLE_SIZE);
        }
        if (differ(ciLow, in.ciLow())) {
            changed.add(MeasurementField.CI_LOW);
        }
        if (differ(ciHigh, in.ciHigh())) {
            changed.add(MeasurementField.CI_HIGH);
        }
        if (!Objects.equals(note, in.note())) {
            changed.add(MeasurementField.NOTE);
        }
        if (!Objects.equals(source, in.source())) {
            changed.add(MeasurementField.SOURCE);
        }
        if (!Objects.equals(evidenceUrl, in.evidenceUrl())) {
            changed.add(MeasurementField.EVIDENCE_URL);
        }
        return changed;
    }

    private static boolean differ(BigDecimal a, BigDecimal b) {
        return a == null ? b != null : b == null || a.compareTo(b) != 0;
    }

    /** The period and ladder step this value is for: an indicator has at most one current value per slot. */
    public String slot() {
        return slot(period(), step);
    }

    public static String slot(MeasurementPeriod period, String step) {
        return period.value() + "|" + Objects.toString(step, "\u0000");
    }

    private static Measurement record(IndicatorId indicator, MeasurementInput in, String enteredBy, Instant now,
                                      UUID replaces, String reason) {
        ReportedChange change = in.reportedChange();
        return new Measurement(UUID.randomUUID(), indicator.value(), in.period().value(), in.step(), in.value(),
                in.sampleSize(), in.ciLow(), in.ciHigh(), in.note(), in.source(), in.evidenceUrl(),
                change == null ? null : change.value(), change == null ? null : change.unit(),
                change == null ? null : change.qualifier(), change == null ? null : change.reference(),
                enteredBy, now, replaces, reason, null, null);
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
