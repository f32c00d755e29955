package dk.pejling.indicator;

import dk.pejling.indicator.store.MeasurementRepository;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.VersionConflictException;
import dk.pejling.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        indicators.lock(indicatorId); // two people entering the same period at once must not both succeed
        return measurements.save(Measurement.enter(indicator, input, currentFor(indicatorId, input), viewer.name(),
                clock.instant()));
    }

    /** Replaces a current value; the old one is kept, marked superseded, with the reason on the new one. */
    @Transactional
    public Measurement correct(UUID measurementId, long expectedVersion, MeasurementInput input, String reason, Viewer viewer) {
        Measurement old = measurements.findById(measurementId)
                .orElseThrow(() -> new NotFoundException("measurement", measurementId));
        Indicator indicator = indicators.get(old.indicatorId(), viewer);
        permissions.requireEnterData(indicator, viewer);
        indicators.lock(old.indicatorId());
        Measurement.Correction correction = old.correctedBy(indicator, expectedVersion, input, reason, viewer.name(),
                clock.instant());
        measurements.save(correction.superseded());
        return measurements.save(correction.replacement());
    }

    /**
     * One value of an import: a new one, or (with {@code replaces}, as the import read it) a
     * correction of the current value.
     */
    public record ImportedValue(MeasurementInput input, Measurement replaces) {
    }

    /**
     * Saves the values an import brings for one indicator, under one lock, by the very rules of
     * {@link #add} and {@link #correct}: a new value needs a free period, a correction needs the
     * current value as it was read and a reason, and keeps the old value in the history.
     */
    @Transactional
    public void importValues(IndicatorId indicatorId, List<ImportedValue> values, String reason, Viewer viewer) {
        Indicator indicator = indicators.get(indicatorId, viewer);
        permissions.requireEnterData(indicator, viewer);
        indicators.lock(indicatorId);
        Map<String, Measurement> current = new HashMap<>();
        measurements.findCurrentOf(indicatorId.value()).forEach(m -> current.put(m.slot(), m));
        Instant now = clock.instant();
        List<Measurement> superseded = new ArrayList<>();
        List<Measurement> saved = new ArrayList<>();
        for (ImportedValue value : values) {
            MeasurementInput input = value.input();
            String key = Measurement.slot(input.period(), input.step());
            Measurement fresh;
            if (value.replaces() == null) {
                fresh = Measurement.enter(indicator, input, current.get(key), viewer.name(), now);
            } else {
                Measurement old = current.get(key);
                if (old == null || !old.id().equals(value.replaces().id())) {
                    throw new VersionConflictException("measurement", value.replaces().id(), value.replaces().version());
                }
                Measurement.Correction correction = old.correctedBy(indicator, value.replaces().version(), input, reason,
                        viewer.name(), now);
                fresh = correction.replacement();
                superseded.add(correction.superseded());
            }
            current.put(key, fresh);
            saved.add(fresh);
        }
        measurements.saveAll(superseded);
        measurements.saveAll(saved);
    }

    private Measurement currentFor(IndicatorId indicator, MeasurementInput input) {
        return measurements.findCurrent(indicator.value(), input.period().value(), input.step()).orElse(null);
    }
}
