package dk.pejling.indicator;

import dk.pejling.indicator.attainment.IndicatorFacts;
import dk.pejling.indicator.attainment.MeasuredValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Small builders for indicators, targets and values in domain tests. */
final class Fixtures {

    private Fixtures() {
    }

    static IndicatorFacts indicator(Unit unit, int decimals, Direction direction, TargetSpec... targets) {
        return new IndicatorFacts(UUID.randomUUID(), "Testindikator", unit, decimals, direction, List.of(), List.of(targets));
    }

    static IndicatorFacts withBaseline(IndicatorFacts i, String baseline) {
        return new IndicatorFacts(i.id(), i.name(), i.unit(), i.decimals(), i.direction(), List.of(d(baseline)), i.targets());
    }

    static TargetSpec target(String period, TargetKind kind, String value) {
        return new TargetSpec(MeasurementPeriod.of(period), null, kind, value == null ? null : d(value), null, null, false, false, null);
    }

    static TargetSpec strict(String period, TargetKind kind, String value) {
        return new TargetSpec(MeasurementPeriod.of(period), null, kind, d(value), null, null, false, true, null);
    }

    static TargetSpec change(String period, TargetKind kind, String value, String reference) {
        return new TargetSpec(MeasurementPeriod.of(period), null, kind, value == null ? null : d(value), null,
                MeasurementPeriod.of(reference), false, false, null);
    }

    static TargetSpec step(String period, String step, String value) {
        return new TargetSpec(MeasurementPeriod.of(period), step, TargetKind.AT_LEAST, d(value), null, null, false, false, null);
    }

    static MeasuredValue value(String period, String value) {
        return new MeasuredValue(MeasurementPeriod.of(period), null, d(value), null);
    }

    static MeasuredValue stepValue(String period, String step, String value) {
        return new MeasuredValue(MeasurementPeriod.of(period), step, d(value), null);
    }

    static MeasuredValue reported(String period, String value, String change, Unit unit, ReportedChange.Qualifier q) {
        return new MeasuredValue(MeasurementPeriod.of(period), null, d(value), new ReportedChange(d(change), unit, q, "2017"));
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }
}
