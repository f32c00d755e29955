package dk.pejling.indicator;

import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.Goal;
import dk.pejling.strategy.GoalId;
import dk.pejling.strategy.GoalNode;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * The indicator pages' models, each read in one call. Deliberately not one transaction: a goal the viewer may
 * not see is a NotFoundException from the goal service's own transaction, which inside a shared one would mark
 * it rollback-only and turn the page into an error instead of leaving the goal out.
 */
@Service
public class IndicatorReadModels {

    private final IndicatorService indicators;
    private final MeasurementService measurements;
    private final AttainmentService attainment;
    private final GoalService goals;
    private final StrategyService strategies;
    private final IndicatorPermissions permissions;
    private final IndicatorWords words;

    IndicatorReadModels(IndicatorService indicators, MeasurementService measurements, AttainmentService attainment,
                        GoalService goals, StrategyService strategies, IndicatorPermissions permissions,
                        IndicatorWords words) {
        this.indicators = indicators;
        this.measurements = measurements;
        this.attainment = attainment;
        this.goals = goals;
        this.strategies = strategies;
        this.permissions = permissions;
        this.words = words;
    }

    /** An indicator with its values, chart and verdicts; the chart's words and the numbers in the page's language. */
    public IndicatorPage indicatorPage(IndicatorId id, Locale locale, Viewer viewer) {
        Indicator indicator = indicators.get(id, viewer);
        List<Measurement> current = measurements.list(indicator.id(), false, viewer);
        List<Measurement> all = measurements.list(indicator.id(), true, viewer);
        return new IndicatorPage(indicator, current, all.stream().filter(m -> !m.current()).toList(),
                IndicatorChart.svg(indicator, current, words.in(locale), "chart-" + indicator.id().value()),
                IndicatorVerdict.of(indicator.facts(), current.stream().map(Measurement::asValue).toList()),
                visibleGoals(indicator, viewer),
                indicator.targetSpecs().stream().map(TargetSpec::step).filter(Objects::nonNull).distinct().toList(),
                !"en".equals(locale.getLanguage()), permissions.mayDefine(indicator.goals(), viewer),
                permissions.mayEnterData(indicator, viewer));
    }

    /**
     * The form for a new indicator of the strategy, for who may define its indicators. A strategy the viewer may
     * not see is not found before anyone is refused.
     */
    public IndicatorFormPage newIndicatorForm(StrategyId strategyId, Viewer viewer) {
        Strategy strategy = strategies.get(strategyId, viewer);
        permissions.requireDefineFor(strategyId.value(), viewer);
        return new IndicatorFormPage(strategy, null, goalOptions(strategy, viewer));
    }

    /**
     * The form that edits the indicator, for who may define it, offering the goals of its home strategy (that of
     * its first goal). An indicator the viewer may not see is not found before anyone is refused.
     */
    public IndicatorFormPage indicatorForm(IndicatorId id, Viewer viewer) {
        Indicator indicator = indicators.get(id, viewer);
        permissions.requireDefine(indicator.goals(), viewer);
        Strategy home = indicator.goals().stream().findFirst()
                .map(l -> strategies.get(goals.get(new GoalId(l.goalId()), viewer).strategyId(), viewer))
                .orElse(null);
        return new IndicatorFormPage(home, indicator, goalOptions(home, viewer));
    }

    private List<GoalNode.Option> goalOptions(Strategy strategy, Viewer viewer) {
        return strategy == null ? List.of() : GoalNode.options(goals.tree(strategy.id(), viewer), null);
    }

    /** The goals the indicator serves, leaving out those the viewer may not see (an internal goal). */
    private List<Goal> visibleGoals(Indicator indicator, Viewer viewer) {
        List<Goal> visible = new ArrayList<>();
        for (GoalLink link : indicator.goals()) {
            try {
                visible.add(goals.get(new GoalId(link.goalId()), viewer));
            } catch (NotFoundException hidden) {
                // not shown, and not said to exist
            }
        }
        return visible;
    }

    /**
     * Every goal of the strategy with its verdict for a year. Without a year, a strategy that has ended opens
     * on its last year: its results are history, and the current year would only say "ikke målt" for every
     * goal; otherwise the calculator chooses.
     */
    public ResultsPage strategyResults(StrategyId strategyId, Integer year, RollupMethod method, Viewer viewer) {
        Strategy strategy = strategies.get(strategyId, viewer);
        Integer asked = year != null ? year : lastYearOfAnEndedStrategy(strategy);
        // the goals of the strategy already read: forStrategy would load the strategy again
        List<GoalAttainment> results = attainment.forGoals(goals.tree(strategy, viewer), asked, method, null, viewer);
        return new ResultsPage(strategy, results,
                results.isEmpty() ? asked : Integer.valueOf(results.get(0).period().year()), method,
                permissions.mayDefineFor(strategy.id().value(), viewer));
    }

    private static Integer lastYearOfAnEndedStrategy(Strategy strategy) {
        LocalDate end = strategy.period().to();
        return end != null && end.isBefore(LocalDate.now()) ? Integer.valueOf(end.getYear()) : null;
    }
}
