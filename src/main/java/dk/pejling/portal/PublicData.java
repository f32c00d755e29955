package dk.pejling.portal;

import dk.pejling.indicator.Attainment;
import dk.pejling.indicator.AttainmentService;
import dk.pejling.indicator.GoalAttainment;
import dk.pejling.indicator.Indicator;
import dk.pejling.indicator.IndicatorChart;
import dk.pejling.indicator.IndicatorId;
import dk.pejling.indicator.IndicatorService;
import dk.pejling.indicator.IndicatorVerdict;
import dk.pejling.indicator.IndicatorWords;
import dk.pejling.indicator.Measurement;
import dk.pejling.indicator.MeasurementService;
import dk.pejling.indicator.RollupMethod;
import dk.pejling.indicator.TargetSpec;
import dk.pejling.organisation.Organisation;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.portal.PublicViews.GoalItem;
import dk.pejling.portal.PublicViews.GoalPage;
import dk.pejling.portal.PublicViews.GoalRef;
import dk.pejling.portal.PublicViews.IndicatorItem;
import dk.pejling.portal.PublicViews.IndicatorRef;
import dk.pejling.portal.PublicViews.Line;
import dk.pejling.portal.PublicViews.StrategyCard;
import dk.pejling.portal.PublicViews.StrategyPage;
import dk.pejling.portal.PublicViews.StrategyRef;
import dk.pejling.portal.PublicViews.Value;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Redaction;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.Goal;
import dk.pejling.strategy.GoalId;
import dk.pejling.strategy.GoalNode;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.LifecycleStatus;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyFilter;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import dk.pejling.strategy.StrategySummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * The one place that decides what the portal publishes. It reads the other modules through their
 * public services as {@link Viewer#anonymous()} — never as the signed-in user — so internal
 * strategies, goals, indicators and initiatives are never even loaded; it drops suppressed values
 * (fewer answers than {@code pejling.portal.min-sample-size}) and internal notes, and it redacts
 * marked names itself (the response filter redacts only for anonymous requests, and the portal's
 * pages are the same for everyone). Initiatives' statuses and the political history come from
 * {@link PublicActivity}.
 */
@Service
public class PublicData {

    static final Viewer PUBLIC = Viewer.anonymous();
    private static final int MAX_STRATEGIES = 2000;

    private final StrategyService strategies;
    private final GoalService goals;
    private final IndicatorService indicators;
    private final MeasurementService measurements;
    private final AttainmentService attainment;
    private final OrganisationService organisations;
    private final PublicActivity activity;
    private final List<PortalSection> sections;
    private final PortalProperties properties;
    private final dk.pejling.indicator.ExplanationText explanations;
    private final VerdictChanges verdictChanges;
    private final IndicatorWords words;
    private final List<dk.pejling.strategy.StrategyChanges> recordChanges;

    PublicData(StrategyService strategies, GoalService goals, IndicatorService indicators, MeasurementService measurements,
               AttainmentService attainment, OrganisationService organisations, PublicActivity activity,
               List<PortalSection> sections, PortalProperties properties,
               dk.pejling.indicator.ExplanationText explanations, VerdictChanges verdictChanges, IndicatorWords words,
               List<dk.pejling.strategy.StrategyChanges> recordChanges) {
        this.words = words;
        this.recordChanges = recordChanges;
        this.explanations = explanations;
        this.verdictChanges = verdictChanges;
        this.strategies = strategies;
        this.goals = goals;
        this.indicators = indicators;
        this.measurements = measurements;
        this.attainment = attainment;
        this.organisations = organisations;
        this.activity = activity;
        this.sections = sections;
        this.properties = properties;
    }

    /** The front page's filters; each may be null. */
    public record Filter(String theme, UUID organisation, LifecycleStatus status, Integer year) {
    }

    /** Every public strategy that passes the filter, with its themes. */
    public List<StrategyCard> strategies(Filter filter) {
        return frontPage(filter).strategies();
    }

    /**
     * The ids of every record the portal publishes, by kind (strategy, goal, indicator, measurement,
     * initiative, status_report): what a public archive holds, chosen by the portal's own rules.
     */
    public Map<String, Set<UUID>> publishedIds() {
        Map<String, Set<UUID>> ids = new HashMap<>();
        for (String kind : List.of("strategy", "goal", "indicator", "measurement", "initiative", "status_report")) {
            ids.put(kind, new java.util.HashSet<>());
        }
        for (StrategyCard card : strategies(new Filter(null, null, null, null))) {
            StrategyId id = new StrategyId(card.id());
            ids.get("strategy").add(card.id());
            List<UUID> goalIds = goals.tree(id, PUBLIC).stream().flatMap(PublicData::nodes).map(n -> n.goal().id().value()).toList();
            ids.get("goal").addAll(goalIds);
            for (Indicator indicator : indicators.forGoals(goalIds, PUBLIC)) {
                ids.get("indicator").add(indicator.id().value());
                currentValues(indicator).forEach(m -> ids.get("measurement").add(m.id()));
            }
            activity.published(id, ids.get("initiative"), ids.get("status_report"));
        }
        return ids;
    }

    /** The themes of the public strategies, for the filter. */
    public List<String> themes() {
        return frontPage(new Filter(null, null, null, null)).themes();
    }

    /** The front page's list and the themes of its filter. */
    public record FrontPage(List<StrategyCard> strategies, List<String> themes) {
    }

    /**
     * The strategies that pass the filter and the themes of all public strategies: the list (one query a
     * hundred strategies, twice when a filter is set) and every strategy's themes in one more query, however
     * many strategies there are (loading each strategy for its themes made the page one query per strategy).
     */
    public FrontPage frontPage(Filter filter) {
        List<StrategySummary> all = summaries(new StrategyFilter(null, null, null, null));
        boolean narrowed = filter.organisation() != null || filter.status() != null || filter.year() != null;
        List<StrategySummary> matching = narrowed ? summaries(new StrategyFilter(
                filter.organisation() == null ? null : new OrganisationId(filter.organisation()), filter.status(), null,
                filter.year())) : all;
        Map<UUID, List<String>> themes = strategies.themesOf(all.stream().map(StrategySummary::id).toList(), PUBLIC);
        List<StrategyCard> cards = new ArrayList<>();
        for (StrategySummary s : matching) {
            List<String> own = themes.getOrDefault(s.id(), List.of());
            if (filter.theme() == null || own.contains(filter.theme())) {
                cards.add(new StrategyCard(s.id(), s.key() == null ? s.id().toString() : s.key(), text(s.title()),
                        s.kind().name(), s.status().name(), s.ownerName(), s.periodFrom(), s.periodTo(), own));
            }
        }
        Set<String> allThemes = new TreeSet<>();
        themes.values().forEach(allThemes::addAll);
        return new FrontPage(cards, List.copyOf(allThemes));
    }

    private List<StrategySummary> summaries(StrategyFilter query) {
        List<StrategySummary> found = new ArrayList<>();
        for (int page = 0; found.size() < MAX_STRATEGIES; page++) {
            var result = strategies.list(query, new PageQuery(null, page, PageQuery.MAX_SIZE), PUBLIC);
            found.addAll(result.items());
            if (result.items().size() < PageQuery.MAX_SIZE) {
                break;
            }
        }
        return found;
    }

    public List<Organisation> organisations() {
        return organisations.all();
    }

    /** A public strategy by id or key; 404 for an internal or unknown one. */
    public Strategy strategyRecord(String idOrKey) {
        try {
            return strategies.get(new StrategyId(UUID.fromString(idOrKey)), PUBLIC);
        } catch (IllegalArgumentException notAnId) {
            return strategies.getBySlug(idOrKey, PUBLIC);
        }
    }

    /** The stable key of a strategy in URLs: its slug when it has one, else its id. */
    public static String key(Strategy strategy) {
        return strategy.slug() == null ? strategy.id().value().toString() : strategy.slug();
    }

    public StrategyPage strategy(String idOrKey, java.util.Locale locale) {
        Redaction.Labels labels = new Redaction.Labels();
        Strategy s = strategyRecord(idOrKey);
        List<GoalNode> tree = goals.tree(s.id(), PUBLIC);
        Map<UUID, GoalAttainment> verdicts = flatten(attainment.forStrategy(s.id(), null, RollupMethod.ALL_OR_SOME, null, PUBLIC, properties.minSampleSize()));
        List<UUID> goalIds = tree.stream().flatMap(PublicData::nodes).map(n -> n.goal().id().value()).toList();
        List<Indicator> serving = indicators.forGoals(goalIds, PUBLIC);
        Set<UUID> hidden = hiddenExplanations(serving);
        List<GoalItem> items = tree.stream().map(n -> goalItem(n, verdicts, serving, hidden, locale, labels)).toList();
        List<Integer> years = years(s, serving);
        List<PublicViews.ProgressRow> progress = progress(s, tree, years);
        Map<UUID, String> names = new HashMap<>();
        organisations.byIds(Stream.concat(Stream.of(s.ownerId()), s.partnerIds().stream()).toList())
                .forEach((id, o) -> names.put(id.value(), o.name()));
        List<PortalSection.Section> extra = sections.stream().flatMap(p -> p.sectionsFor(s.id().value(), locale).stream()).toList();
        var initiatives = activity.initiatives(s.id(), locale, labels);
        var history = activity.history(s.id(), labels);
        var changes = verdictChanges.ofStrategy(s, serving.stream().flatMap(i -> currentValues(i).stream()).toList(), locale, labels);
        var feed = activity.strategyFeed(s, serving, this::currentValues, changes, locale, labels);
        Instant modified = Stream.of(Stream.of(s.updatedAt()), tree.stream().flatMap(PublicData::nodes).map(n -> n.goal().updatedAt()),
                        serving.stream().map(Indicator::updatedAt), feed.stream().map(PublicViews.FeedEntry::updated),
                        recordChanges.stream().map(c -> c.lastChange(s, goalIds, PUBLIC).orElse(null)))
                .flatMap(x -> x).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(s.updatedAt());
        return new StrategyPage(s.id().value(), key(s), text(s.title()), labels.publish(s.summary()), s.kind().name(),
                s.status().name(), names.get(s.ownerId().value()),
                s.partnerIds().stream().map(p -> names.get(p.value())).filter(Objects::nonNull).toList(),
                s.period().from(), s.period().to(), s.themes(), items, years, progress, initiatives, history, extra, feed, modified);
    }

    public GoalPage goal(UUID id, Integer year, java.util.Locale locale) {
        Redaction.Labels labels = new Redaction.Labels();
        Goal goal = goals.get(new GoalId(id), PUBLIC);
        Strategy s = strategies.get(goal.strategyId(), PUBLIC);
        GoalNode node = find(goals.tree(s.id(), PUBLIC), id).orElseThrow(() -> new NotFoundException("goal", id));
        GoalAttainment verdict = attainment.forGoal(goal.id(), year, RollupMethod.ALL_OR_SOME, null, PUBLIC, properties.minSampleSize());
        List<UUID> ids = nodes(node).map(n -> n.goal().id().value()).toList();
        List<Indicator> serving = indicators.forGoals(ids, PUBLIC);
        Set<UUID> hidden = hiddenExplanations(serving);
        Map<UUID, GoalAttainment> byGoal = flatten(List.of(verdict));
        List<Indicator> own = serving.stream().filter(i -> i.goals().stream().anyMatch(l -> l.goalId().equals(id))).toList();
        List<IndicatorItem> items = own.stream().map(i -> indicatorItem(i, locale, labels, verdict)).toList();
        List<GoalItem> children = node.children().stream().map(c -> goalItem(c, byGoal, serving, hidden, locale, labels)).toList();
        boolean hide = own.stream().anyMatch(i -> hidden.contains(i.id().value()));
        var changes = verdictChanges.ofGoal(goal, serving.stream().flatMap(i -> currentValues(i).stream()).toList(), locale, labels);
        var feed = activity.goalFeed(goal, verdict, own, this::currentValues, changes, locale, labels);
        Instant modified = Stream.concat(Stream.of(goal.updatedAt(), s.updatedAt()), feed.stream().map(PublicViews.FeedEntry::updated))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(goal.updatedAt());
        return new GoalPage(id, goal.code(), goal.kind().name(), text(goal.title()), labels.publish(goal.description()),
                new StrategyRef(s.id().value(), key(s), text(s.title())), verdict.period() == null ? null : verdict.period().year(),
                verdict.status(), hide ? null : explanation(verdict.explanation(), locale, labels), items, children, feed, modified);
    }

    public IndicatorItem indicator(UUID id, java.util.Locale locale) {
        Indicator indicator = indicators.get(new IndicatorId(id), PUBLIC);
        return indicatorItem(indicator, locale, new Redaction.Labels(), null);
    }

    /** Every public indicator in the strategy's goal tree, once each, in tree order. */
    public List<IndicatorItem> indicators(StrategyPage page, java.util.Locale locale) {
        java.util.LinkedHashSet<UUID> ids = new java.util.LinkedHashSet<>();
        java.util.Deque<GoalItem> open = new java.util.ArrayDeque<>(page.goals());
        while (!open.isEmpty()) {
            GoalItem g = open.pollFirst();
            g.indicators().forEach(r -> ids.add(r.id()));
            g.children().forEach(open::addLast);
        }
        Redaction.Labels labels = new Redaction.Labels();
        return ids.stream().map(id -> indicatorItem(indicators.get(new IndicatorId(id), PUBLIC), locale, labels, null)).toList();
    }

    /** The values of an indicator that may be published: current, not suppressed. */
    List<Measurement> currentValues(Indicator indicator) {
        return measurements.list(indicator.id(), false, PUBLIC).stream().filter(this::publishable).toList();
    }

    boolean publishable(Measurement m) {
        return m.sampleSize() == null || m.sampleSize() >= properties.minSampleSize();
    }

    private IndicatorItem indicatorItem(Indicator i, java.util.Locale locale, Redaction.Labels labels, GoalAttainment goalVerdict) {
        List<Measurement> all = measurements.list(i.id(), false, PUBLIC);
        List<Measurement> shown = all.stream().filter(this::publishable).sorted(Comparator.comparing(Measurement::period)).toList();
        int suppressed = all.size() - shown.size();
        List<GoalRef> goalRefs = new ArrayList<>();
        StrategyRef strategy = null;
        for (var link : i.goals()) {
            try {
                Goal g = goals.get(new GoalId(link.goalId()), PUBLIC);
                goalRefs.add(new GoalRef(g.id().value(), text(g.label())));
                if (strategy == null) {
                    Strategy s = strategies.get(g.strategyId(), PUBLIC);
                    strategy = new StrategyRef(s.id().value(), key(s), text(s.title()));
                }
            } catch (NotFoundException internalGoal) {
                // an indicator may also serve an internal goal: that link is simply not published
            }
        }
        IndicatorVerdict verdict = null;
        if (goalVerdict != null) {
            verdict = flatten(List.of(goalVerdict)).values().stream().flatMap(a -> a.indicators().stream())
                    .map(GoalAttainment.WeightedVerdict::verdict).filter(v -> v.indicatorId().equals(i.id().value()))
                    .findFirst().orElse(null);
        } else if (!goalRefs.isEmpty()) {
            GoalAttainment a = attainment.forGoal(new GoalId(goalRefs.get(0).id()), null, RollupMethod.ALL_OR_SOME, null, PUBLIC, properties.minSampleSize());
            verdict = a.indicators().stream().map(GoalAttainment.WeightedVerdict::verdict)
                    .filter(v -> v.indicatorId().equals(i.id().value())).findFirst().orElse(null);
        }
        List<Value> values = shown.stream().map(m -> new Value(m.period().value(), label(m, locale), m.value(), m.sampleSize(),
                m.ciLow(), m.ciHigh(), text(m.source()), m.enteredAt())).toList();
        List<Line> baselines = i.baselines().stream().filter(b -> b.value() != null)
                .map(b -> new Line(words.text("indicator.chart.baseline", locale), b.asOf() == null ? null : b.asOf().toString(), b.value())).toList();
        List<Line> targets = i.targetSpecs().stream().filter(t -> t.value() != null)
                .map(t -> new Line(words.text("indicator.chart.target", locale, words.period(t.period(), locale)), t.period().value(), t.value())).toList();
        Instant modified = Stream.concat(Stream.of(i.updatedAt()), shown.stream().map(Measurement::enteredAt))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(i.updatedAt());
        String source = Stream.of(i.sourceName(), i.sourceOwner()).filter(Objects::nonNull).reduce((a, b) -> a + ", " + b).orElse(null);
        return new IndicatorItem(i.id().value(), text(i.name()), labels.publish(i.definition()), i.unit().name(), i.decimals(),
                i.direction().name(), labels.publish(i.population()), labels.publish(source), i.sourceUrl(), baselines, targets,
                values, suppressed, verdict == null ? null : verdict.status(),
                verdict == null || suppressed > 0 ? null : explanation(verdict.explanation(), locale, labels),
                IndicatorChart.svg(i, shown, words.in(locale), "chart-" + i.id().value()), goalRefs, strategy, modified);
    }

    private String label(Measurement m, java.util.Locale locale) {
        return words.periodAndStep(m.period(), m.step(), locale);
    }

    private GoalItem goalItem(GoalNode node, Map<UUID, GoalAttainment> verdicts, List<Indicator> serving, Set<UUID> hidden,
                              java.util.Locale locale, Redaction.Labels labels) {
        Goal g = node.goal();
        GoalAttainment a = verdicts.get(g.id().value());
        List<Indicator> own = serving.stream().filter(i -> i.goals().stream().anyMatch(l -> l.goalId().equals(g.id().value()))).toList();
        List<IndicatorRef> refs = own.stream().map(i -> new IndicatorRef(i.id().value(), text(i.name()),
                a == null ? null : a.indicators().stream().map(GoalAttainment.WeightedVerdict::verdict)
                        .filter(v -> v.indicatorId().equals(i.id().value())).map(IndicatorVerdict::status).findFirst().orElse(null))).toList();
        boolean hide = own.stream().anyMatch(i -> hidden.contains(i.id().value()));
        return new GoalItem(g.id().value(), g.code(), g.kind().name(), text(g.title()), labels.publish(g.description()),
                a == null ? Attainment.NOT_MEASURED : a.status(),
                a == null || hide ? null : explanation(a.explanation(), locale, labels), refs,
                node.children().stream().map(c -> goalItem(c, verdicts, serving, hidden, locale, labels)).toList());
    }

    /** Indicators with a suppressed value: their verdict's explanation would quote it, so it is left out. */
    private Set<UUID> hiddenExplanations(List<Indicator> serving) {
        Set<UUID> hidden = new java.util.HashSet<>();
        for (Indicator i : serving) {
            if (measurements.list(i.id(), false, PUBLIC).stream().anyMatch(m -> !publishable(m))) {
                hidden.add(i.id().value());
            }
        }
        return hidden;
    }

    /** The years the strategy's targets name (within its period when it has one), oldest first, at most ten. */
    private static List<Integer> years(Strategy s, List<Indicator> serving) {
        TreeSet<Integer> years = new TreeSet<>();
        serving.forEach(i -> i.targetSpecs().stream().map(TargetSpec::period).forEach(p -> years.add(p.year())));
        LocalDate from = s.period().from();
        LocalDate to = s.period().to();
        years.removeIf(y -> (from != null && y < from.getYear()) || (to != null && y > to.getYear()));
        return years.stream().sorted(Comparator.reverseOrder()).limit(10).sorted().toList();
    }

    private List<PublicViews.ProgressRow> progress(Strategy s, List<GoalNode> tree, List<Integer> years) {
        Map<UUID, List<Attainment>> rows = new LinkedHashMap<>();
        tree.forEach(n -> rows.put(n.goal().id().value(), new ArrayList<>()));
        for (Integer year : years) {
            Map<UUID, GoalAttainment> byGoal = new HashMap<>();
            attainment.forStrategy(s.id(), year, RollupMethod.ALL_OR_SOME, null, PUBLIC, properties.minSampleSize()).forEach(a -> byGoal.put(a.goalId(), a));
            rows.forEach((goal, list) -> list.add(byGoal.containsKey(goal) ? byGoal.get(goal).status() : Attainment.NOT_MEASURED));
        }
        return tree.stream().map(n -> new PublicViews.ProgressRow(n.goal().id().value(), text(n.goal().label()),
                rows.get(n.goal().id().value()))).toList();
    }

    private String explanation(dk.pejling.indicator.Explanation e, java.util.Locale locale, Redaction.Labels labels) {
        return e == null ? null : labels.publish(explanations.render(e, locale));
    }

    static Map<UUID, GoalAttainment> flatten(List<GoalAttainment> roots) {
        Map<UUID, GoalAttainment> all = new HashMap<>();
        java.util.Deque<GoalAttainment> open = new java.util.ArrayDeque<>(roots);
        while (!open.isEmpty()) {
            GoalAttainment a = open.pop();
            all.put(a.goalId(), a);
            open.addAll(a.children());
        }
        return all;
    }

    static Stream<GoalNode> nodes(GoalNode node) {
        return Stream.concat(Stream.of(node), node.children().stream().flatMap(PublicData::nodes));
    }

    private static java.util.Optional<GoalNode> find(List<GoalNode> tree, UUID id) {
        return tree.stream().flatMap(PublicData::nodes).filter(n -> n.goal().id().value().equals(id)).findFirst();
    }

    /** A title or short text as published: marked names replaced. */
    static String text(String s) {
        return Redaction.forPublic(s);
    }
}
