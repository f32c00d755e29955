package dk.pejling.indicator;

import dk.pejling.indicator.store.MeasurementRepository;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.VersionConflictException;
import dk.pejling.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Entering and correcting measurements; a correction keeps the old value in the history. */
@Service
@Transactional(readOnly = true)
public class MeasurementService {

    private final MeasurementRepository measurements;
    private final IndicatorService indicators;
    private final Clock clock;

    MeasurementService(MeasurementRepository measurements, IndicatorService indicators, Clock clock) {
        this.measurements = measurements;
        this.indicators = indicators;
        this.clock = clock;
    }

    /** Current values, or the whole history with superseded values when asked. */
    public List<Measurement> list(IndicatorId indicator, boolean withHistory, Viewer viewer) {
        indicators.get(indicator, viewer);
        return withHistory ? measurements.findAllOf(indicator.value()) : measurements.findCurrentOf(indicator.value());
    }

    @Transactional
    public Measurement add(IndicatorId indicatorId, MeasurementInput input, Viewer viewer) {
        viewer.requireEditor();
        Indicator indicator = indicators.get(indicatorId, viewer);
        requireFits(indicator, input);
        indicators.lock(indicatorId); // two people entering the same period at once must not both succeed
        if (currentFor(indicatorId, input) != null) {
            throw new InvalidInputException("period", "already has a value for " + input.period()
                    + (input.step() == null ? "" : " (" + input.step() + ")") + "; correct that value instead");
        }
        return measurements.save(Measurement.record(indicatorId, input, viewer.name(), clock.instant(), null, null));
    }

    /** Replaces a current value; the old one is kept, marked superseded, with the reason on the new one. */
    @Transactional
    public Measurement correct(UUID measurementId, long expectedVersion, MeasurementInput input, String reason, Viewer viewer) {
        viewer.requireEditor();
        Measurement old = measurements.findById(measurementId)
                .orElseThrow(() -> new NotFoundException("measurement", measurementId));
        Indicator indicator = indicators.get(old.indicatorId(), viewer);
        indicators.lock(old.indicatorId());
        VersionConflictException.check("measurement", measurementId, expectedVersion, old.version());
        if (!old.current()) {
            throw new VersionConflictException("measurement", measurementId, old.version());
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "a correction needs a reason");
        }
        if (!old.period().equals(input.period()) || !Objects.equals(old.step(), input.step())) {
            throw new InvalidInputException("period", "a correction keeps the period; enter a new value for another period");
        }
        requireFits(indicator, input);
        Instant now = clock.instant();
        old.supersede(now);
        measurements.save(old);
        return measurements.save(Measurement.record(old.indicatorId(), input, viewer.name(), now, old.id(), reason.strip()));
    }

    private Measurement currentFor(IndicatorId indicator, MeasurementInput input) {
        return measurements.findCurrentOf(indicator.value()).stream()
                .filter(m -> m.period().equals(input.period()) && Objects.equals(m.step(), input.step()))
                .findFirst().orElse(null);
    }

    /** A value's period must be of the indicator's frequency or coarser, and a ladder step must exist. */
    private static void requireFits(Indicator indicator, MeasurementInput input) {
        if (!indicator.acceptsPeriod(input.period())) {
            throw new InvalidInputException("period", input.period() + " is more frequent than the indicator's frequency ("
                    + indicator.frequency().code() + ")");
        }
        if (input.step() != null && !indicator.hasStep(input.step())) {
            throw new InvalidInputException("step", "the indicator has no ladder step '" + input.step() + "'");
        }
    }
}
