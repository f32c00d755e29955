package dk.pejling.safetyindex;

import dk.pejling.indicator.Indicator;
import dk.pejling.indicator.IndicatorService;
import dk.pejling.indicator.Measurement;
import dk.pejling.indicator.MeasurementInput;
import dk.pejling.indicator.MeasurementPeriod;
import dk.pejling.indicator.MeasurementService;
import dk.pejling.safetyindex.store.FeedStore;
import dk.pejling.shared.Viewer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When values are published, each configured feed enters its value, interval and n as a measurement of
 * its indicator through the indicator module's own service (never its tables), so the goal tree shows
 * and judges it; a value computed from generated data says SYNTETISK in the measurement's source. A
 * hidden value enters nothing.
 */
@Component
class GoalTreeFeed {

    private static final Logger log = LoggerFactory.getLogger(GoalTreeFeed.class);
    static final Viewer SYSTEM = new Viewer(new UUID(0, 14), null, Set.of(Viewer.ADMIN), "safetyindex");

    private final FeedStore feeds;
    private final SafetyIndexService service;
    private final IndicatorService indicators;
    private final MeasurementService measurements;

    GoalTreeFeed(FeedStore feeds, SafetyIndexService service, IndicatorService indicators, MeasurementService measurements) {
        this.feeds = feeds;
        this.service = service;
        this.indicators = indicators;
        this.measurements = measurements;
    }

    @ApplicationModuleListener
    void on(SafetyIndexPublished published) {
        for (IndicatorFeed feed : feeds.of(published.methodVersion())) {
            if (!published.areas().contains(feed.area())) {
                continue;
            }
            Period period = Period.of(published.period());
            service.values(feed.area(), period, feed.methodVersion(), SYSTEM).forEach(v -> enter(feed, v));
        }
    }

    void enter(IndicatorFeed feed, StoredValue v) {
        Optional<Indicator> indicator = indicators.findByKey(feed.indicatorKey(), SYSTEM);
        Double[] picked = feed.pick(v);
        if (indicator.isEmpty() || picked == null) {
            log.info("Safety index feed {} → {}: nothing to enter for {}", feed.component(), feed.indicatorKey(), v.period());
            return;
        }
        String source = "Pejling tryghedsindeks " + v.methodVersion() + ", " + v.area() + (v.synthetic() ? " (SYNTETISK)" : "");
        MeasurementInput input = new MeasurementInput(MeasurementPeriod.of(v.period().toString()), null, decimal(picked[0]),
                v.respondents() > 0 && v.respondents() <= Integer.MAX_VALUE ? (int) v.respondents() : null,
                decimal(picked[1]), decimal(picked[2]), "SHA-256 " + v.inputsSha256().substring(0, 12), source, null, null);
        Optional<Measurement> current = measurements.list(indicator.get().id(), false, SYSTEM).stream()
                .filter(m -> m.period().equals(input.period()) && m.step() == null).findFirst();
        if (current.isPresent()) {
            measurements.correct(current.get().id(), current.get().version(), input, "Genberegnet af tryghedsindekset", SYSTEM);
        } else {
            measurements.add(indicator.get().id(), input, SYSTEM);
        }
    }

    private static BigDecimal decimal(Double x) {
        return x == null ? null : BigDecimal.valueOf(x).setScale(1, RoundingMode.HALF_UP);
    }
}
