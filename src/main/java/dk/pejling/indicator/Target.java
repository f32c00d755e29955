package dk.pejling.indicator;

import java.math.BigDecimal;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A {@link TargetSpec} as stored. */
@Table("indicator_target")
record Target(String period, String step, TargetKind kind, @Column("target_value") BigDecimal value,
              @Column("upper_value") BigDecimal upper, String referencePeriod, boolean againstBaseline, boolean strict,
              String description) {

    static Target of(TargetSpec spec) {
        return new Target(spec.period().value(), spec.step(), spec.kind(), spec.value(), spec.upper(),
                spec.referencePeriod() == null ? null : spec.referencePeriod().value(), spec.againstBaseline(),
                spec.strict(), spec.text());
    }

    TargetSpec spec() {
        return new TargetSpec(MeasurementPeriod.of(period), step, kind, value, upper,
                referencePeriod == null ? null : MeasurementPeriod.of(referencePeriod), againstBaseline, strict, description);
    }
}
