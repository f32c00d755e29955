package dk.pejling.report;

import dk.pejling.indicator.Attainment;
import dk.pejling.indicator.AttainmentService;
import dk.pejling.indicator.GoalAttainment;
import dk.pejling.indicator.Indicator;
import dk.pejling.indicator.IndicatorChart;
import dk.pejling.indicator.IndicatorService;
import dk.pejling.indicator.Measurement;
import dk.pejling.indicator.MeasurementService;
import dk.pejling.indicator.RollupMethod;
import dk.pejling.initiative.ApprovedStatus;
import dk.pejling.initiative.Initiative;
import dk.pejling.initiative.InitiativeService;
import dk.pejling.initiative.OverviewRow;
import dk.pejling.initiative.ReportingRound;
import dk.pejling.initiative.ReportingRoundService;
import dk.pejling.initiative.RoundOverview;
import dk.pejling.initiative.StatusHistory;
import dk.pejling.initiative.StatusOption;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.RichText;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.GoalNode;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the report models from the data as it stood at a moment. Everything is read through the
 * other modules' services with the viewer, so a report holds exactly what the viewer may see: an
 * anonymous caller gets public records only and "not found" for an internal strategy.
 */
@Service
public class ReportService {


    private final StrategyService strategies;
    private final GoalService goals;
    private final OrganisationService organisations;
    private final ReportingRoundService rounds;
    private final InitiativeService initiatives;
    private final AttainmentService attainment;
    private final IndicatorService indicators;
    private final MeasurementService measurements;
    private final ReportTextService texts;
    private final StatusHistory history;
    private final SafetyIndexRows safetyIndex;
    private final Clock clock;
    private final dk.pejling.indicator.ExplanationText explanations;
    private final dk.pejling.indicator.IndicatorWords words;

    ReportService(StrategyService strategies, GoalService goals, OrganisationService organisations, ReportingRoundService rounds,
                  InitiativeService initiatives, AttainmentService attainment, IndicatorService indicators,
                  MeasurementService measurements, ReportTextService texts, StatusHistory history, SafetyIndexRows safetyIndex, Clock clock,
                  dk.pejling.indicator.ExplanationText explanations, dk.pejling.indicator.IndicatorWords words) {
        this.explanations = explanations;
        this.words = words;
        this.strategies = strategies;
        this.goals = goals;
        this.organisations = organisations;
        this.rounds = rounds;
        this.initiatives = initiatives;
        this.attainment = attainment;
        this.indicators = indicators;
        this.measurements = measurements;
        this.texts = texts;
        this.history = history;
        this.safetyIndex = safetyIndex;
        this.clock = clock;
    }

    /**
     * The status report of a round as approved at {@code asOf} (null: now): per initiative the
     * latest approved or corrected revision at that moment, so later corrections never change it.
     */
    @Transactional(readOnly = true)
    public StatusReportDocument statusReport(StrategyId strategyId, UUID roundId, Instant asOf, Viewer viewer) {
        return statusReport(strategies.get(strategyId, viewer), roundId, asOf, viewer);
    }

    /** A year asked for on a report's page is checked before the strategy is read: a bad year is a 400 whatever the strategy. */
    static void requireYearIfGiven(Integer year) {
        if (year != null) {
            requireYear(year);
        }
    }

    /**
     * The year an annual report's page shows: the one asked for, else the last year of the strategy's period that
     * has ended, else last year.
     */
    static int yearOrDefault(Integer year, Strategy strategy) {
        return year == null ? defaultYear(strategy) : year;
    }

    private static int defaultYear(Strategy strategy) {
        int lastYear = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")).getYear() - 1;
        if (strategy.period() != null && strategy.period().to() != null) {
            return Math.min(strategy.period().to().getYear(), lastYear);
        }
        if (strategy.period() != null && strategy.period().from() != null) {
            return Math.max(strategy.period().from().getYear(), Math.min(lastYear, strategy.period().from().getYear()));
        }
        return lastYear;
    }

    /** For a strategy the caller has read for the viewer (the report's page shows it too), without reading it again. */
    StatusReportDocument statusReport(Strategy strategy, UUID roundId, Instant asOf, Viewer viewer) {
        Instant at = asOf == null ? clock.instant() : asOf;
        RoundOverview overview = rounds.overview(roundId, RoundOverview.Filter.everything(), viewer);
        ReportingRound round = overview.round();
        if (!round.strategyId().equals(strategy.id().value())) {
            throw new NotFoundException("reporting round", roundId);
        }
        Map<String, StatusReportDocument.Legend> legend = new LinkedHashMap<>();
        overview.options().forEach(o -> legend.put(o.code(), legend(o)));
        Map<UUID, ApprovedStatus> approved = history.approvedStatusAt(roundId, at);
        Set<UUID> ids = overview.rows().stream().map(OverviewRow::initiativeId).collect(Collectors.toSet());
        Map<UUID, Initiative> byId = initiatives.byIds(ids).stream()
                .collect(Collectors.toMap(i -> i.id().value(), Function.identity()));
        List<StatusReportDocument.Row> rows = new ArrayList<>();
        java.util.function.UnaryOperator<String> published = publisher(viewer);
        for (OverviewRow row : overview.rows()) {
            Initiative initiative = byId.get(row.initiativeId());
            ApprovedStatus status = approved.get(row.initiativeId());
            StatusReportDocument.Legend option = status == null ? null
                    : legend.computeIfAbsent(status.statusCode(), c -> legend(overview.option(c)));
            rows.add(new StatusReportDocument.Row(row.number(), published.apply(row.title()),
                    initiative == null ? null : published.apply(RichText.sanitize(initiative.description())), option,
                    status == null ? null : published.apply(RichText.sanitize(status.comment()))));
        }
        return new StatusReportDocument(published.apply(strategy.title()), department(strategy), published.apply(round.title()), round.asOf(), at,
                List.copyOf(legend.values()), rows, safetyIndex.of(goals.tree(strategy, viewer), round.asOf().getYear(), viewer));
    }

    /**
     * The annual report of a strategy for a year, with the verdicts computed from the measurements
     * known at {@code asOf} (null: now) and the free texts written for that year.
     */
    @Transactional(readOnly = true)
    public AnnualReportDocument annualReport(StrategyId strategyId, int year, Instant asOf, Viewer viewer) {
        requireYear(year); // before the strategy is read: a bad year is a 400 whatever the strategy
        return annualReport(strategies.get(strategyId, viewer), year, asOf, viewer);
    }

    private static void requireYear(int year) {
        if (year < 1900 || year > 2200) {
            throw new InvalidInputException("year", "must be a year, e.g. 2018");
        }
    }

    /**
     * For a strategy the caller has read for the viewer (the report's page shows it too). The strategy and its
     * goal forest are read once for the chapters, the verdicts and the safety index alike.
     */
    AnnualReportDocument annualReport(Strategy strategy, int year, Instant asOf, Viewer viewer) {
        requireYear(year); // a default year too: a strategy's period may lie outside the years a report covers
        Instant at = asOf == null ? clock.instant() : asOf;
        List<GoalNode> forest = goals.tree(strategy, viewer);
        Set<UUID> mainIds = ReportTextService.mainGoalsOf(forest).stream().map(n -> n.goal().id().value())
                .collect(Collectors.toSet());
        List<GoalAttainment> roots = new ArrayList<>();
        main(attainment.forGoals(forest, year, RollupMethod.ALL_OR_SOME, at, viewer), mainIds, roots);
        java.util.function.UnaryOperator<String> published = publisher(viewer);
        Map<String, String> text = new java.util.HashMap<>();
        texts.texts(strategy, year).forEach((k, v) -> text.put(k, published.apply(v)));
        List<AnnualReportDocument.MainGoal> mainGoals = new ArrayList<>();
        int chartNumber = 0;
        for (GoalAttainment root : roots) {
            List<AnnualReportDocument.Result> results = new ArrayList<>();
            Set<UUID> goalIds = new HashSet<>();
            goalIds.add(root.goalId());
            collect(root.children(), results, goalIds, published);
            List<AnnualReportDocument.Chart> charts = new ArrayList<>();
            for (Indicator indicator : indicators.forGoals(goalIds, viewer)) {
                List<Measurement> known = knownAt(measurements.list(indicator.id(), true, viewer), at);
                if (known.isEmpty()) {
                    continue;
                }
                IndicatorChart.Drawing chart = IndicatorChart.draw(indicator, known, words.in(dk.pejling.indicator.ExplanationText.DANISH), "chart-" + (++chartNumber));
                String name = published.apply(indicator.name());
                charts.add(new AnnualReportDocument.Chart(name, published.apply(chart.svg()),
                        chart.description() == null ? name : published.apply(chart.description())));
            }
            String key = ReportTextService.mainGoalKey(root.goalId());
            mainGoals.add(new AnnualReportDocument.MainGoal(root.code(), published.apply(root.title()),
                    text.get(key + ":introduction"), text.get(key + ":examples"), result(root, published), results, charts));
        }
        return new AnnualReportDocument(published.apply(strategy.title()), department(strategy), year, at, text.get("foreword"),
                text.get("introduction"), mainGoals, safetyIndex.of(forest, year, viewer));
    }

    /** For the public, marked names become neutral labels, the same label for a name throughout the report. */
    private static java.util.function.UnaryOperator<String> publisher(Viewer viewer) {
        if (!viewer.isAnonymous()) {
            return java.util.function.UnaryOperator.identity();
        }
        dk.pejling.shared.Redaction.Labels labels = new dk.pejling.shared.Redaction.Labels();
        return labels::publish;
    }

    private static void main(List<GoalAttainment> goals, Set<UUID> mainIds, List<GoalAttainment> into) {
        for (GoalAttainment goal : goals) {
            if (mainIds.contains(goal.goalId())) {
                into.add(goal);
            } else {
                main(goal.children(), mainIds, into);
            }
        }
    }

    private void collect(List<GoalAttainment> goals, List<AnnualReportDocument.Result> into, Set<UUID> ids,
                                java.util.function.UnaryOperator<String> published) {
        for (GoalAttainment goal : goals) {
            into.add(result(goal, published));
            ids.add(goal.goalId());
            collect(goal.children(), into, ids, published);
        }
    }

    private AnnualReportDocument.Result result(GoalAttainment goal, java.util.function.UnaryOperator<String> published) {
        Attainment status = goal.status();
        return new AnnualReportDocument.Result(goal.code(), published.apply(goal.title()), status == null ? null : status.name(),
                status == null ? null : words.status(status, dk.pejling.indicator.ExplanationText.DANISH),
                status == null ? null : words.status(status, java.util.Locale.ENGLISH),
                goal.explanation() == null ? null : published.apply(explanations.danish(goal.explanation())),
                goal.explanation() == null ? null : published.apply(explanations.english(goal.explanation())));
    }

    /** Per period and step, the value that was current at the moment: later corrections are not yet known. */
    private static List<Measurement> knownAt(List<Measurement> all, Instant at) {
        Map<String, Measurement> latest = new LinkedHashMap<>();
        all.stream().filter(m -> m.enteredAt() != null && !m.enteredAt().isAfter(at))
                .sorted(Comparator.comparing(Measurement::enteredAt))
                .forEach(m -> latest.put(m.period() + "|" + m.step(), m));
        return List.copyOf(latest.values());
    }


    private String department(Strategy strategy) {
        return strategy.ownerId() == null ? null : organisations.get(strategy.ownerId()).name();
    }

    private static StatusReportDocument.Legend legend(StatusOption o) {
        return new StatusReportDocument.Legend(o.code(), o.labelDa(), o.labelEn(), o.colour(), o.icon());
    }
}
