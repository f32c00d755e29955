package dk.pejling.indicator;

import dk.pejling.indicator.attainment.GoalRollup;
import dk.pejling.indicator.attainment.IndicatorSnapshot;
import dk.pejling.indicator.attainment.MeasuredValue;
import dk.pejling.indicator.store.IndicatorQueries;
import dk.pejling.indicator.store.ManualVerdictRepository;
import dk.pejling.indicator.store.MeasurementQueries;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.Goal;
import dk.pejling.strategy.GoalId;
import dk.pejling.strategy.GoalNode;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.StrategyId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes goal verdicts for a whole strategy with four queries (goals, indicators, values, manual
 * verdicts), whatever its size, then rolls them up in memory — also for many moments at once.
 */
@Service
@Transactional(readOnly = true)
public class AttainmentService {

    private final GoalService goals;
    private final IndicatorQueries indicators;
    private final MeasurementQueries values;
    private final ManualVerdictRepository manualVerdicts;
    private final Clock clock;

    AttainmentService(GoalService goals, IndicatorQueries indicators, MeasurementQueries values,
                      ManualVerdictRepository manualVerdicts, Clock clock) {
        this.goals = goals;
        this.indicators = indicators;
        this.values = values;
        this.manualVerdicts = manualVerdicts;
        this.clock = clock;
    }

    /** The verdicts of every goal of the strategy for a year; {@code asOf} null means now. */
    public List<GoalAttainment> forStrategy(StrategyId strategy, Integer year, RollupMethod method, Instant asOf,
                                            Viewer viewer) {
        return forStrategy(strategy, year, method, asOf, viewer, 0);
    }

    /**
     * As above, judging only values from at least {@code minSampleSize} answers (values with no sample size
     * count): the public portal hides smaller samples, so its verdicts must not be derived from them either.
     */
    public List<GoalAttainment> forStrategy(StrategyId strategy, Integer year, RollupMethod method, Instant asOf,
                                            Viewer viewer, int minSampleSize) {
        return compute(goals.tree(strategy, viewer), year, method, asOf, viewer, minSampleSize);
    }

    /**
     * As {@link #forStrategy}, for the goal forest of a strategy the caller has read for the viewer
     * ({@link GoalService#tree(dk.pejling.strategy.Strategy, Viewer)}): a report that also shows the goals
     * or judges two years reads the strategy and its goals once.
     */
    public List<GoalAttainment> forGoals(List<GoalNode> forest, Integer year, RollupMethod method, Instant asOf,
                                         Viewer viewer) {
        return compute(forest, year, method, asOf, viewer, 0);
    }

    public GoalAttainment forGoal(GoalId goalId, Integer year, RollupMethod method, Instant asOf, Viewer viewer) {
        return forGoal(goalId, year, method, asOf, viewer, 0);
    }

    /** As above, judging only values from at least {@code minSampleSize} answers. */
    public GoalAttainment forGoal(GoalId goalId, Integer year, RollupMethod method, Instant asOf, Viewer viewer,
                                  int minSampleSize) {
        return compute(List.of(node(goalId, viewer)), year, method, asOf, viewer, minSampleSize).get(0);
    }

    /**
     * The verdicts of every goal of the strategy as of each of the moments, in their order. The goals,
     * indicators, verdicts by hand and values are read once — the values up to the last moment, with when
     * each was entered and replaced — and only the roll-up runs per moment: a feed of verdict changes judges
     * a dozen moments, which read one by one cost a dozen times the four queries.
     */
    public List<List<GoalAttainment>> forStrategyAt(StrategyId strategy, Integer year, RollupMethod method,
                                                    List<Instant> moments, Viewer viewer, int minSampleSize) {
        return computeAt(goals.tree(strategy, viewer), year, method, moments, viewer, minSampleSize);
    }

    /** As {@link #forStrategyAt}, for one goal and its sub-goals. */
    public List<GoalAttainment> forGoalAt(GoalId goalId, Integer year, RollupMethod method, List<Instant> moments,
                                          Viewer viewer, int minSampleSize) {
        return computeAt(List.of(node(goalId, viewer)), year, method, moments, viewer, minSampleSize).stream()
                .map(roots -> roots.get(0)).toList();
    }

    private GoalNode node(GoalId goalId, Viewer viewer) {
        Goal goal = goals.get(goalId, viewer);
        return find(goals.tree(goal.strategyId(), viewer), goalId)
                .orElseThrow(() -> new dk.pejling.shared.NotFoundException("goal", goalId.value()));
    }

    /** What a roll-up needs besides the values: read once however many moments are judged. */
    private record Basis(List<UUID> goalIds, java.util.Set<UUID> indicatorIds, int fromYear, int evaluationYear,
                         Map<UUID, List<IndicatorSnapshot>> indicatorsByGoal, Map<UUID, ManualVerdict> manualByGoal) {

        GoalRollup rollup(RollupMethod method, Map<UUID, List<MeasuredValue>> values) {
            return new GoalRollup(MeasurementPeriod.of(String.valueOf(evaluationYear)), method, indicatorsByGoal, values,
                    manualByGoal);
        }
    }

    private Basis basis(List<GoalNode> roots, Integer year, Viewer viewer) {
        List<UUID> goalIds = roots.stream().flatMap(AttainmentService::flatten).map(g -> g.id().value()).toList();
        // one strategy's goals: its internal indicators are readable when the strategy's internal records are
        boolean internal = viewer.isAdmin() || roots.stream().flatMap(AttainmentService::flatten)
                .map(g -> g.strategyId().value()).distinct().allMatch(viewer::readsInternal);
        List<IndicatorSnapshot> serving = indicators.serving(goalIds, internal);
        List<ManualVerdict> manual = goalIds.isEmpty() ? List.of() : manualVerdicts.findForGoals(goalIds);
        int evaluationYear = year != null ? year : defaultYear(serving, manual);
        int fromYear = serving.stream().flatMap(i -> i.facts().targets().stream())
                .map(t -> t.referencePeriod() == null ? t.period().year() : Math.min(t.period().year(), t.referencePeriod().year()))
                .min(Integer::compare).orElse(evaluationYear);
        Map<UUID, List<IndicatorSnapshot>> indicatorsByGoal = new HashMap<>();
        for (IndicatorSnapshot indicator : serving) {
            indicator.goals().forEach(link -> indicatorsByGoal.computeIfAbsent(link.goalId(), k -> new ArrayList<>()).add(indicator));
        }
        Map<UUID, ManualVerdict> manualByGoal = new HashMap<>();
        manual.stream().filter(v -> v.period().year() == evaluationYear && v.period().isYear())
                .forEach(v -> manualByGoal.put(v.goalId(), v));
        return new Basis(goalIds, serving.stream().map(IndicatorSnapshot::id).collect(java.util.stream.Collectors.toSet()),
                Math.min(fromYear, evaluationYear), evaluationYear, indicatorsByGoal, manualByGoal);
    }

    private List<GoalAttainment> compute(List<GoalNode> roots, Integer year, RollupMethod method, Instant asOf, Viewer viewer,
                                         int minSampleSize) {
        Basis basis = basis(roots, year, viewer);
        Map<UUID, List<MeasuredValue>> byIndicator = values.valuesOfGoals(basis.goalIds(), basis.indicatorIds(),
                basis.fromYear(), basis.evaluationYear(), asOf, minSampleSize);
        GoalRollup rollup = basis.rollup(method, byIndicator);
        return roots.stream().map(rollup::of).toList();
    }

    private List<List<GoalAttainment>> computeAt(List<GoalNode> roots, Integer year, RollupMethod method, List<Instant> moments,
                                                 Viewer viewer, int minSampleSize) {
        if (moments.isEmpty()) {
            return List.of();
        }
        Basis basis = basis(roots, year, viewer);
        Instant last = moments.stream().max(Instant::compareTo).orElseThrow();
        Map<UUID, List<MeasurementQueries.TimedValue>> history = values.valuesOfGoalsUpTo(basis.goalIds(), basis.indicatorIds(),
                basis.fromYear(), basis.evaluationYear(), last, minSampleSize);
        List<List<GoalAttainment>> result = new ArrayList<>();
        for (Instant moment : moments) {
            Map<UUID, List<MeasuredValue>> current = new HashMap<>();
            history.forEach((indicator, timed) -> timed.stream().filter(v -> v.currentAt(moment))
                    .forEach(v -> current.computeIfAbsent(indicator, k -> new ArrayList<>()).add(v.value())));
            GoalRollup rollup = basis.rollup(method, current);
            result.add(roots.stream().map(rollup::of).toList());
        }
        return result;
    }

    /** The latest year with a target or a verdict set by hand, else the current year. */
    private int defaultYear(List<IndicatorSnapshot> serving, List<ManualVerdict> manual) {
        return Stream.concat(serving.stream().flatMap(i -> i.facts().targets().stream()).map(t -> t.period().year()),
                        manual.stream().map(v -> v.period().year()))
                .max(Integer::compare)
                .orElse(clock.instant().atZone(clock.getZone()).getYear());
    }

    private static Stream<Goal> flatten(GoalNode node) {
        return Stream.concat(Stream.of(node.goal()), node.children().stream().flatMap(AttainmentService::flatten));
    }

    private static Optional<GoalNode> find(List<GoalNode> nodes, GoalId id) {
        for (GoalNode node : nodes) {
            if (node.goal().id().equals(id)) {
                return Optional.of(node);
            }
            Optional<GoalNode> below = find(node.children(), id);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }
}
