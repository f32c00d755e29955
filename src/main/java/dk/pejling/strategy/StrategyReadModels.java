package dk.pejling.strategy;

import dk.pejling.organisation.OrganisationId;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.ListPage;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Viewer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The strategy pages' models, each read in one call and one read-only transaction, loading the strategy
 * once: what a page shows of it (its goals, its documents' notes, the other modules' links) is read from
 * that one copy. A form's model also refuses a viewer who may not use the form, after "not found".
 */
@Service
@Transactional(readOnly = true)
public class StrategyReadModels {

    /** Strategies per page of the start page's list. */
    public static final int PAGE_SIZE = 25;

    private final StrategyService strategies;
    private final StrategyOverviews overviews;
    private final GoalService goals;
    private final OrganisationService organisations;
    private final List<StrategyPageLinks> pageLinks;
    private final StrategyPermissions permissions;

    StrategyReadModels(StrategyService strategies, StrategyOverviews overviews, GoalService goals,
                       OrganisationService organisations, List<StrategyPageLinks> pageLinks,
                       StrategyPermissions permissions) {
        this.strategies = strategies;
        this.overviews = overviews;
        this.goals = goals;
        this.organisations = organisations;
        this.pageLinks = pageLinks;
        this.permissions = permissions;
    }

    /** The start page: the strategies the viewer may see that match the filter, one page of them, by owner. */
    public StrategyListPage strategies(StrategyListPage.Query query, Viewer viewer) {
        int number = Math.max(query.page(), 0);
        StrategyFilter filter = new StrategyFilter(query.organisation() == null ? null : new OrganisationId(query.organisation()),
                query.status(), query.kind(), query.year());
        ListPage<StrategySummary> result = strategies.list(filter, new PageQuery(query.q(), number, PAGE_SIZE), viewer);
        Map<String, List<StrategySummary>> byOwner = new LinkedHashMap<>();
        result.items().forEach(s -> byOwner.computeIfAbsent(s.ownerName(), k -> new ArrayList<>()).add(s));
        int pages = (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        // the page number as asked goes back into the links, as before: a negative one showed the first page
        return new StrategyListPage(byOwner, result.total(), query.page(), pages, query, organisations.all());
    }

    /** One strategy's page. */
    public StrategyPage strategy(StrategyId id, Viewer viewer) {
        StrategyOverview overview = overviews.of(id, viewer);
        Strategy strategy = overview.strategy();
        List<StrategyPageLinks.PageLink> links = pageLinks.stream().flatMap(p -> p.linksFor(strategy, viewer).stream()).toList();
        return new StrategyPage(overview, links, permissions.mayEditStrategy(id.value(), viewer),
                strategies.extractionNotesOf(strategy));
    }

    /** The form for a new strategy: for those who may register one. */
    public StrategyFormPage newStrategyForm(Viewer viewer) {
        Viewer.require(permissions.mayOpenRegistrationForm(viewer));
        return form(null, viewer);
    }

    /** The form that edits the strategy: "not found" for whom may not see it, refused for whom may not edit it. */
    public StrategyFormPage strategyForm(StrategyId id, Viewer viewer) {
        Strategy strategy = strategies.get(id, viewer);
        permissions.requireEditStrategy(id.value(), viewer);
        return form(strategy, viewer);
    }

    private StrategyFormPage form(Strategy strategy, Viewer viewer) {
        // a strategy cannot relate to itself
        List<StrategySummary> others = strategies.list(StrategyFilter.none(), new PageQuery(null, 0, PageQuery.MAX_SIZE), viewer)
                .items().stream().filter(s -> strategy == null || !s.id().equals(strategy.id().value())).toList();
        return new StrategyFormPage(strategy, organisations.all(), others);
    }

    /** The form for a new goal of the strategy (under {@code parent} when given, which the form's data carries). */
    public GoalFormPage newGoalForm(StrategyId strategyId, Viewer viewer) {
        Strategy strategy = strategies.get(strategyId, viewer);
        permissions.requireEditGoalsOf(strategyId.value(), viewer);
        return new GoalFormPage(strategy, null, GoalNode.options(goals.tree(strategy, viewer), null));
    }

    /** The form that edits the goal; its own subtree is no choice of parent. */
    public GoalFormPage goalForm(GoalId id, Viewer viewer) {
        Goal goal = goals.get(id, viewer);
        permissions.requireEditGoalsOf(goal.strategyId().value(), viewer);
        Strategy strategy = strategies.get(goal.strategyId(), viewer);
        return new GoalFormPage(strategy, goal, GoalNode.options(goals.tree(strategy, viewer), goal.id()));
    }
}
