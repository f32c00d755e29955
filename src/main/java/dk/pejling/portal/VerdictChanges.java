package dk.pejling.portal;

import dk.pejling.indicator.Attainment;
import dk.pejling.indicator.AttainmentService;
import dk.pejling.indicator.GoalAttainment;
import dk.pejling.indicator.IndicatorWords;
import dk.pejling.indicator.Measurement;
import dk.pejling.indicator.RollupMethod;
import dk.pejling.portal.PublicViews.FeedEntry;
import dk.pejling.shared.Redaction;
import dk.pejling.strategy.Goal;
import dk.pejling.strategy.Strategy;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * "Verdict changed" entries for the feeds: the verdicts are judged again as of each of the latest
 * moments a published value was entered (values entered in the same second count as one moment), all
 * from one read of the strategy's values ({@link AttainmentService#forStrategyAt}), and
 * every goal whose verdict differs from the moment before gets an entry. Judged like the portal's
 * badges: as the public, without values from too few answers, so a feed never tells what a suppressed
 * value would have decided.
 */
@Service
class VerdictChanges {

    /** The moments judged, newest first: enough for a feed, bounded so a long history stays cheap. */
    static final int MAX_MOMENTS = 12;

    private final AttainmentService attainment;
    private final PortalProperties properties;
    private final dk.pejling.indicator.ExplanationText explanations;
    private final IndicatorWords words;

    VerdictChanges(AttainmentService attainment, PortalProperties properties, dk.pejling.indicator.ExplanationText explanations,
                   IndicatorWords words) {
        this.words = words;
        this.explanations = explanations;
        this.attainment = attainment;
        this.properties = properties;
    }

    List<FeedEntry> ofStrategy(Strategy strategy, List<Measurement> values, java.util.Locale locale, Redaction.Labels labels) {
        return changes(values, moments -> attainment.forStrategyAt(strategy.id(), null, RollupMethod.ALL_OR_SOME, moments,
                PublicData.PUBLIC, properties.minSampleSize()), locale, labels);
    }

    List<FeedEntry> ofGoal(Goal goal, List<Measurement> values, java.util.Locale locale, Redaction.Labels labels) {
        return changes(values, moments -> attainment.forGoalAt(goal.id(), null, RollupMethod.ALL_OR_SOME, moments,
                PublicData.PUBLIC, properties.minSampleSize()).stream().map(List::of).toList(), locale, labels);
    }

    private List<FeedEntry> changes(List<Measurement> values, Function<List<Instant>, List<List<GoalAttainment>>> judgedAsOf,
                                           java.util.Locale locale, Redaction.Labels labels) {
        List<Instant> seconds = values.stream().map(Measurement::enteredAt).filter(Objects::nonNull)
                .map(t -> t.truncatedTo(ChronoUnit.SECONDS)).distinct().sorted().toList();
        if (seconds.isEmpty()) {
            return List.of();
        }
        List<Instant> moments = seconds.subList(Math.max(0, seconds.size() - MAX_MOMENTS), seconds.size());
        // the moment before the first, then the end of each second (every value entered in that second), in one pass
        List<Instant> judged = new ArrayList<>();
        judged.add(moments.get(0).minusNanos(1));
        moments.forEach(second -> judged.add(second.plusSeconds(1).minusNanos(1)));
        List<List<GoalAttainment>> verdicts = judgedAsOf.apply(judged);
        Map<UUID, Attainment> before = statuses(verdicts.get(0));
        List<FeedEntry> entries = new ArrayList<>();
        for (int i = 0; i < moments.size(); i++) {
            Instant second = moments.get(i);
            List<GoalAttainment> now = verdicts.get(i + 1);
            for (GoalAttainment goal : PublicData.flatten(now).values()) {
                Attainment was = before.get(goal.goalId());
                if (was != null && was != goal.status() && goal.period() != null) {
                    entries.add(entry(goal, was, second, locale, labels));
                }
            }
            before = statuses(now);
        }
        return entries;
    }

    private FeedEntry entry(GoalAttainment goal, Attainment was, Instant at, java.util.Locale locale, Redaction.Labels labels) {
        String label = (goal.code() == null ? "" : goal.code() + " ") + labels.publish(goal.title());
        String title = words.text("portal.feed.verdictChanged", locale, label, words.period(goal.period(), locale),
                words.status(was, locale), words.status(goal.status(), locale));
        String summary = goal.explanation() == null ? null : labels.publish(explanations.render(goal.explanation(), locale));
        return new FeedEntry("verdict-changed-" + goal.goalId() + "-" + goal.period().value() + "-" + at.getEpochSecond(), title,
                summary, at, "/portal/maal/" + goal.goalId());
    }

    private static Map<UUID, Attainment> statuses(List<GoalAttainment> roots) {
        Map<UUID, Attainment> statuses = new HashMap<>();
        PublicData.flatten(roots).forEach((id, a) -> statuses.put(id, a.status()));
        return statuses;
    }
}
