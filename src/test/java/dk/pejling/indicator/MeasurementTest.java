package dk.pejling.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.VersionConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The measurement owns the rules of entering and correcting a value: plain tests, no Spring. */
class MeasurementTest {

    private static final Instant NOW = Instant.parse("2026-02-01T08:00:00Z");
    private static final Instant LATER = Instant.parse("2026-02-03T08:00:00Z");

    private final Indicator quarterly = Indicator.create("anmeldelser", new IndicatorDetails("Anmeldelser", null, Unit.COUNT,
            0, Direction.LOWER_IS_BETTER, Frequency.QUARTER, null, null, null, null, null, List.of(), List.of(), List.of()), NOW);

    private static MeasurementInput value(String period, String value) {
        return new MeasurementInput(MeasurementPeriod.of(period), null, new BigDecimal(value), null, null, null, null,
                null, null, null);
    }

    private Measurement entered(String period, String value) {
        return Measurement.enter(quarterly, value(period, value), null, "indtaster", NOW);
    }

    @Test
    void aValueIsEnteredForAFreePeriod() {
        Measurement m = entered("2025-Q3", "1774");
        assertThat(m.current()).isTrue();
        assertThat(m.replacesId()).isNull();
        assertThat(m.enteredBy()).isEqualTo("indtaster");
        assertThat(m.indicatorId()).isEqualTo(quarterly.id());
    }

    @Test
    void aPeriodWithAValueIsCorrectedNotEnteredTwice() {
        Measurement first = entered("2025-Q3", "1774");
        assertThatThrownBy(() -> Measurement.enter(quarterly, value("2025-Q3", "1780"), first, "indtaster", LATER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("period"))
                        .contains("correct that value instead"));
    }

    @Test
    void aPeriodMoreFrequentThanTheIndicatorIsRefused() {
        assertThatThrownBy(() -> Measurement.enter(quarterly, value("2025-07", "10"), null, "indtaster", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("period"));
        assertThat(Measurement.misfits(quarterly, MeasurementPeriod.of("2025-07"), null))
                .containsExactly(Measurement.Misfit.PERIOD_TOO_FINE);
        assertThat(Measurement.misfits(quarterly, MeasurementPeriod.of("2025"), null)).isEmpty();
    }

    @Test
    void aLadderStepNoTargetNamesIsRefused() {
        MeasurementInput stepped = new MeasurementInput(MeasurementPeriod.of("2025-Q3"), "1 år", BigDecimal.ONE, null,
                null, null, null, null, null, null);
        assertThatThrownBy(() -> Measurement.enter(quarterly, stepped, null, "indtaster", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("step"));
        assertThat(Measurement.misfits(quarterly, stepped.period(), stepped.step()))
                .containsExactly(Measurement.Misfit.UNKNOWN_STEP);
    }

    @Test
    void aCorrectionSupersedesTheOldValueAndKeepsItsReason() {
        Measurement old = entered("2025-Q3", "1774");
        Measurement.Correction correction = old.correctedBy(quarterly, 0, value("2025-Q3", "1784"), "  Tastefejl ",
                "koordinator", LATER);
        assertThat(correction.superseded()).isSameAs(old);
        assertThat(old.current()).isFalse();
        assertThat(old.supersededAt()).isEqualTo(LATER);
        Measurement replacement = correction.replacement();
        assertThat(replacement.current()).isTrue();
        assertThat(replacement.replacesId()).isEqualTo(old.id());
        assertThat(replacement.correctionReason()).isEqualTo("Tastefejl");
        assertThat(replacement.value()).isEqualByComparingTo("1784");
    }

    @Test
    void aCorrectionNeedsAReasonAndKeepsThePeriod() {
        Measurement old = entered("2025-Q3", "1774");
        assertThatThrownBy(() -> old.correctedBy(quarterly, 0, value("2025-Q3", "1784"), " ", "koordinator", LATER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
        assertThatThrownBy(() -> old.correctedBy(quarterly, 0, value("2025-Q4", "1784"), "Tastefejl", "koordinator", LATER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("period"));
        assertThat(old.current()).isTrue();
    }

    @Test
    void aStaleOrSupersededValueIsNotCorrected() {
        Measurement old = entered("2025-Q3", "1774");
        assertThatThrownBy(() -> old.correctedBy(quarterly, 3, value("2025-Q3", "1784"), "Tastefejl", "koordinator", LATER))
                .isInstanceOf(VersionConflictException.class);
        assertThat(old.current()).isTrue();
        old.correctedBy(quarterly, 0, value("2025-Q3", "1784"), "Tastefejl", "koordinator", LATER);
        assertThatThrownBy(() -> old.correctedBy(quarterly, 0, value("2025-Q3", "1790"), "Igen", "koordinator", LATER))
                .isInstanceOf(VersionConflictException.class);
    }

    @Test
    void theSameNumbersWrittenDifferentlyAreNoChange() {
        Measurement m = Measurement.enter(quarterly, new MeasurementInput(MeasurementPeriod.of("2025-Q3"), null,
                new BigDecimal("71.50"), 400, new BigDecimal("65"), new BigDecimal("77"), "note", null, null, null),
                null, "indtaster", NOW);
        assertThat(m.changesIn(new MeasurementInput(MeasurementPeriod.of("2025-Q3"), null, new BigDecimal("71.5"), 400,
                new BigDecimal("65.0"), new BigDecimal("77"), "note", null, null, null))).isEmpty();
        assertThat(m.changesIn(new MeasurementInput(MeasurementPeriod.of("2025-Q3"), null, new BigDecimal("72"), 400,
                new BigDecimal("65"), new BigDecimal("77"), null, "Danmarks Statistik", null, null)))
                .containsExactly(MeasurementField.VALUE, MeasurementField.NOTE, MeasurementField.SOURCE);
    }

    @Test
    void oneCurrentValuePerPeriodAndStep() {
        assertThat(entered("2025-Q3", "1").slot()).isEqualTo(Measurement.slot(MeasurementPeriod.of("2025-Q3"), null))
                .isNotEqualTo(Measurement.slot(MeasurementPeriod.of("2025-Q3"), "1 år"));
    }
}
