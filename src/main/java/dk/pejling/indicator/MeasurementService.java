package dk.pejling.indicator;

import dk.pejling.indicator.store.MeasurementRepository;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.VersionConflictException;
import dk.pejling.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final IndicatorPermissions permissions;
    private final Clock clock;

    MeasurementService(MeasurementRepository measurements, IndicatorService indicators, IndicatorPermissions permissions,
                       Clock clock) {
        this.permissions = permissions;
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
        Indicator indicator = indicators.get(indicatorId, viewer);
        permissions.requireEnterData(indicator, viewer);
        requireFits(indicator, input);
        indicators.lock(indicatorId); // two people entering the same period at once must not both succeed
        return measurements.save(newValue(indicator, input, currentFor(indicatorId, input), viewer, clock.instant()));
    }

    /** Replaces a current value; the old one is kept, marked superseded, with the reason on the new one. */
    @Transactional
    public Measurement correct(UUID measurementId, long expectedVersion, MeasurementInput input, String reason, Viewer viewer) {
        Measurement old = measurements.findById(measurementId)
                .orElseThrow(() -> new NotFoundException("measurement", measurementId));
        Indicator indicator = indicators.get(old.indicatorId(), viewer);
        permissions.requireEnterData(indicator, viewer);
        indicators.lock(old.indicatorId());
        Measurement replacement = replacement(indicator, old, expectedVersion, input, reason, viewer, clock.instant());
        measurements.save(old);
        return measurements.save(replacement);
    }

    /**
     * One value of an import: a new one, or (with {@code replaces}, as the import read it) a
     * correction of the current value.
     */
    record ImportedValue(MeasurementInput input, Measurement replaces) {
    }

    /**
     * Saves the values an import brings for one indicator, under one lock, by the very rules of
     * {@link #add} and {@link #correct}: a new value needs a free period, a correction needs the
     * current value as it was read and a reason, and keeps the old value in the history.
     */
    @Transactional
    void importValues(IndicatorId indicatorId, List<ImportedValue> values, String reason, Viewer viewer) {
        Indicator indicator = indicators.get(indicatorId, viewer);
        permissions.requireEnterData(indicator, viewer);
        indicators.lock(indicatorId);
        Map<String, Measurement> current = new HashMap<>();
        measurements.findCurrentOf(indicatorId.value()).forEach(m -> current.put(key(m.period(), m.step()), m));
        Instant now = clock.instant();
        List<Measurement> superseded = new ArrayList<>();
        List<Measurement> saved = new ArrayList<>();
        for (ImportedValue value : values) {
            MeasurementInput input = value.input();
            String key = key(input.period(), input.step());
            Measurement fresh;
            if (value.replaces() == null) {
                requireFits(indicator, input);
                fresh = newValue(indicator, input, current.get(key), viewer, now);
            } else {
                Measurement old = current.get(key);
                if (old == null || !old.id().equals(value.replaces().id())) {
                    throw new VersionConflictException("measurement", value.replaces().id(), value.replaces().version());
                }
                fresh = replacement(indicator, old, value.replaces().version(), input, reason, viewer, now);
                superseded.add(old);
            }
            current.put(key, fresh);
            saved.add(fresh);
        }
        measurements.saveAll(superseded);
        measurements.saveAll(saved);
    }

    private static Measurement newValue(Indicator indicator, MeasurementInput input, Measurement current, Viewer viewer,
                                        Instant now) {
        if (current != null) {
            throw new InvalidInputException("period", "already has a value for " + input.period()
                    + (input.step() == null ? "" : " (" + input.step() + ")") + "; correct that value instead");
        }
        return Measurement.record(indicator.id(), input, viewer.name(), now, null, null);
    }

    /** Checks a correction and marks the old value superseded; returns the value that replaces it. */
    private static Measurement replacement(Indicator indicator, Measurement old, long expectedVersion, MeasurementInput input,
                                           String reason, Viewer viewer, Instant now) {
        VersionConflictException.check("measurement", old.id(), expectedVersion, old.version());
        if (!old.current()) {
            throw new VersionConflictException("measurement", old.id(), old.version());
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "a correction needs a reason");
        }
        if (!old.period().equals(input.period()) || !Objects.equals(old.step(), input.step())) {
            throw new InvalidInputException("period", "a correction keeps the period; enter a new value for another period");
        }
        requireFits(indicator, input);
        old.supersede(now);
        return Measurement.record(old.indicatorId(), input, viewer.name(), now, old.id(), reason.strip());
    }

    private static String key(MeasurementPeriod period, String step) {
        return period.value() + "|" + Objects.toString(step, "\u0000");
    }

    private Measurement currentFor(IndicatorId indicator, MeasurementInput input) {
        return measurements.findCurrent(indicator.value(), input.period().value(), input.step()).orElse(null);
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
