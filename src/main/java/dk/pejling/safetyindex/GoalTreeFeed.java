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
import java.util.List;
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
 * hidden value enters nothing. A feed with a baseline enters the change since the baseline instead, with
 * the interval of the paired difference (see {@link IndicatorFeed}).
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
        Period period = Period.of(published.period());
        for (IndicatorFeed feed : feeds.of(published.methodVersion())) {
            if (!published.areas().contains(feed.area())) {
                continue;
            }
            if (feed.feedsChange()) {
                changesAfter(feed, period).forEach(p -> enterChange(feed, p));
            } else {
                service.values(feed.area(), period, feed.methodVersion(), SYSTEM).forEach(v -> enter(feed, v));
            }
        }
    }

    /**
     * The periods whose change a publication of {@code period} makes new: that period's own change since
     * the baseline, or, when the baseline itself was recomputed, the change of every later period of its
     * kind that has values.
     */
    private List<Period> changesAfter(IndicatorFeed feed, Period period) {
        Period baseline = feed.baseline();
        if (period.kind() != baseline.kind() || period.compareTo(baseline) < 0) {
            return List.of();
        }
        if (!period.equals(baseline)) {
            return List.of(period);
        }
        return service.values(feed.area(), null, feed.methodVersion(), SYSTEM).stream().map(StoredValue::period)
                .filter(p -> p.kind() == baseline.kind() && p.compareTo(baseline) > 0).distinct().sorted().toList();
    }

    void enter(IndicatorFeed feed, StoredValue v) {
        Double[] picked = feed.pick(v);
        if (picked == null) {
            log.info("Safety index feed {} → {}: nothing to enter for {}", feed.component(), feed.indicatorKey(), v.period());
            return;
        }
        String source = "Pejling tryghedsindeks " + v.methodVersion() + ", " + v.area() + (v.synthetic() ? " (SYNTETISK)" : "");
        save(feed, new MeasurementInput(MeasurementPeriod.of(v.period().toString()), null, decimal(picked[0]),
                v.respondents() > 0 && v.respondents() <= Integer.MAX_VALUE ? (int) v.respondents() : null,
                decimal(picked[1]), decimal(picked[2]), "SHA-256 " + v.inputsSha256().substring(0, 12), source, null, null));
    }

    /**
     * Enters the change since the feed's baseline with the 95 % interval of the paired difference; nothing
     * when either value is missing or hidden (a hidden cell must not come back as a difference).
     */
    void enterChange(IndicatorFeed feed, Period period) {
        Optional<Change> change = service.change(feed.area(), feed.methodVersion(), feed.baseline(), period, feed.component(), SYSTEM);
        if (change.isEmpty()) {
            log.info("Safety index feed {} → {}: no change {}–{} to enter", feed.component(), feed.indicatorKey(), feed.baseline(), period);
            return;
        }
        Change c = change.get();
        BigDecimal value = decimal(c.difference());
        // the point difference lies inside the paired interval but for the rare draw set; never publish a value outside its interval
        BigDecimal low = decimal(Math.min(c.interval().low(), c.difference()));
        BigDecimal high = decimal(Math.max(c.interval().high(), c.difference()));
        boolean synthetic = service.synthetic(feed.area(), feed.baseline()) || service.synthetic(feed.area(), period);
        String source = "Pejling tryghedsindeks " + feed.methodVersion() + ", " + feed.area() + ", ændring " + feed.baseline() + "–"
                + period + " (parret forskel)" + (synthetic ? " (SYNTETISK)" : "");
        String note = "Ændringen siden " + feed.baseline() + " med 95 %-intervallet for den parrede forskel"
                + (c.significant() ? "" : ": ingen sikker ændring");
        save(feed, new MeasurementInput(MeasurementPeriod.of(period.toString()), null, value, null, low, high, note, source, null, null));
    }

    private void save(IndicatorFeed feed, MeasurementInput input) {
        Optional<Indicator> indicator = indicators.findByKey(feed.indicatorKey(), SYSTEM);
        if (indicator.isEmpty()) {
            log.info("Safety index feed {} → {}: there is no such indicator", feed.component(), feed.indicatorKey());
            return;
        }
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
