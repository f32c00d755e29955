package dk.pejling.strategy;

import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.ListPage;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.VersionConflictException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.store.GoalRepository;
import dk.pejling.strategy.store.StrategyQueries;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of goal trees. Keeps two invariants: a goal's parent is in the same strategy and is
 * not one of its descendants; and a goal under an internal goal is itself internal, so its stored
 * visibility is always the effective one and list queries need no recursion.
 */
@Service
@Transactional(readOnly = true)
public class GoalService {

    private static final String WHAT = "goal";
    private final GoalRepository goals;
    private final StrategyService strategies;
    private final Clock clock;

    private final StrategyQueries strategyQueries;
    private final ApplicationEventPublisher events;
    private final StrategyPermissions permissions;

    GoalService(GoalRepository goals, StrategyService strategies, StrategyQueries strategyQueries, Clock clock,
                ApplicationEventPublisher events, StrategyPermissions permissions) {
        this.permissions = permissions;
        this.strategyQueries = strategyQueries;
        this.events = events;
        this.goals = goals;
        this.strategies = strategies;
        this.clock = clock;
    }

    /** The strategy's goal forest as the viewer may see it. */
    public List<GoalNode> tree(StrategyId strategyId, Viewer viewer) {
        return tree(strategies.get(strategyId, viewer), viewer);
    }

    /**
     * The same for a strategy the caller has already read, so that the aggregate is not loaded twice: a page
     * that shows the strategy and its goals, or reads the tree for several parts of a report. "Not found"
     * when the viewer may not see the strategy, as above.
     */
    public List<GoalNode> tree(Strategy strategy, Viewer viewer) {
        UUID id = strategy.id().value();
        if (!viewer.canSee(strategy.visibility(), id)) {
            throw new NotFoundException("strategy", id);
        }
        return GoalNode.forest(goals.findByStrategy(id), g -> viewer.canSee(g.visibility(), id));
    }

    public Goal get(GoalId id, Viewer viewer) {
        // One query decides, the same for a missing and a hidden goal (an internal goal, or any goal of an
        // internal strategy); the aggregate is loaded only when the viewer may see it.
        StrategyQueries.GoalReach reach = strategyQueries.reach(List.of(id.value())).get(id.value());
        if (reach == null || (reach.internal() && !viewer.readsInternal(reach.strategyId()))) {
            throw new NotFoundException(WHAT, id.value());
        }
        return goals.findById(id.value()).orElseThrow(() -> new NotFoundException(WHAT, id.value()));
    }

    /** Which of these goals the viewer may see (an internal goal only for those who read its strategy's internal records). */
    public java.util.Set<UUID> visibleAmong(java.util.Collection<UUID> ids, Viewer viewer) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return goals.findAllById(ids).stream().filter(g -> viewer.canSee(g.visibility(), g.strategyId().value()))
                .map(g -> g.id().value()).collect(Collectors.toSet());
    }

    public ListPage<Goal> list(StrategyId strategyId, PageQuery page, Viewer viewer) {
        UUID strategy = strategyId == null ? null : strategyId.value();
        Viewer.InternalScope scope = viewer.internalScope();
        return new ListPage<>(
                goals.search(strategy, page.likePattern(), scope.all(), scope.sqlList(), page.size(), page.offset()),
                goals.countMatching(strategy, page.likePattern(), scope.all(), scope.sqlList()));
    }

    @Transactional
    public Goal create(StrategyId strategyId, GoalDetails details, Viewer viewer) {
        strategies.get(strategyId, viewer);
        permissions.requireEditGoalsOf(strategyId.value(), viewer);
        Goal parent = parentIn(strategyId, details.parentId());
        GoalDetails effective = withInheritedVisibility(details, parent);
        int order = details.order() != null ? details.order()
                : goals.nextOrder(strategyId.value(), details.parentId() == null ? null : details.parentId().value());
        Goal saved = goals.save(Goal.create(GoalId.random(), strategyId, effective, order, clock.instant()));
        events.publishEvent(new StrategyTreeChanged(strategyId));
        return saved;
    }

    @Transactional
    public Goal update(GoalId id, long expectedVersion, GoalDetails details, Viewer viewer) {
        Goal goal = get(id, viewer);
        permissions.requireEditGoalsOf(goal.strategyId().value(), viewer);
        VersionConflictException.check(WHAT, id.value(), expectedVersion, goal.version());
        Goal parent = parentIn(goal.strategyId(), details.parentId());
        if (parent != null) {
            requireNotDescendant(goal, parent);
        }
        GoalDetails effective = withInheritedVisibility(details, parent);
        Instant now = clock.instant();
        goal.apply(effective, details.order() != null ? details.order() : goal.order(), now);
        Goal saved = goals.save(goal);
        if (saved.visibility() == Visibility.INTERNAL) {
            hideDescendants(saved, now);
        }
        events.publishEvent(new StrategyTreeChanged(saved.strategyId()));
        return saved;
    }

    @Transactional
    public void delete(GoalId id, Viewer viewer) {
        Goal goal = get(id, viewer);
        permissions.requireEditGoalsOf(goal.strategyId().value(), viewer);
        goals.delete(goal); // children go with it (ON DELETE CASCADE)
        events.publishEvent(new StrategyTreeChanged(goal.strategyId()));
    }

    private Goal parentIn(StrategyId strategyId, GoalId parentId) {
        if (parentId == null) {
            return null;
        }
        Goal parent = goals.findById(parentId.value())
                .orElseThrow(() -> new InvalidInputException("parentId", "no such goal"));
        if (!parent.strategyId().equals(strategyId)) {
            throw new InvalidInputException("parentId", "the parent goal belongs to another strategy");
        }
        return parent;
    }

    private void requireNotDescendant(Goal goal, Goal newParent) {
        Map<UUID, Goal> all = goals.findByStrategy(goal.strategyId().value()).stream()
                .collect(Collectors.toMap(g -> g.id().value(), Function.identity()));
        for (Goal current = newParent; current != null;
             current = current.parentId() == null ? null : all.get(current.parentId().value())) {
            if (current.id().equals(goal.id())) {
                throw new InvalidInputException("parentId", "a goal cannot be placed under itself or one of its sub-goals");
            }
        }
    }

    private static GoalDetails withInheritedVisibility(GoalDetails details, Goal parent) {
        if (parent == null) {
            return details;
        }
        return new GoalDetails(details.parentId(), details.code(), details.kind(), details.title(),
                details.description(), details.order(), details.visibility().within(parent.visibility()));
    }

    private void hideDescendants(Goal root, Instant now) {
        List<Goal> all = goals.findByStrategy(root.strategyId().value());
        List<GoalNode> subtree = GoalNode.forest(all, g -> true);
        List<Goal> changed = new ArrayList<>();
        collectUnder(subtree, root.id(), false, changed);
        for (Goal g : changed) {
            g.apply(new GoalDetails(g.parentId(), g.code(), g.kind(), g.title(), g.description(), g.order(),
                    Visibility.INTERNAL), g.order(), now);
        }
        goals.saveAll(changed);
    }

    private static void collectUnder(List<GoalNode> nodes, GoalId root, boolean inside, List<Goal> out) {
        for (GoalNode node : nodes) {
            boolean here = inside || node.goal().id().equals(root);
            if (inside && node.goal().visibility() == Visibility.PUBLIC) {
                out.add(node.goal());
            }
            collectUnder(node.children(), root, here, out);
        }
    }

    /**
     * Whether a record linked to these goals (an indicator) may be shown: public when it is public and
     * none of the goals is internal; otherwise readable through any of the goals' strategies. A record
     * linked to no goal yet is a draft that only people who can edit see.
     */
    public boolean linkedRecordVisible(Visibility own, java.util.Collection<UUID> goalIds, Viewer viewer) {
        if (viewer.isAdmin()) {
            return true;
        }
        Map<UUID, StrategyQueries.GoalReach> reach = strategyQueries.reach(goalIds);
        boolean internal = own == Visibility.INTERNAL || reach.values().stream().anyMatch(StrategyQueries.GoalReach::internal);
        if (!internal) {
            return true;
        }
        if (viewer.isAnonymous()) {
            return false;
        }
        if (reach.isEmpty()) {
            return viewer.holdsEditingRole();
        }
        return reach.values().stream().anyMatch(r -> viewer.readsInternal(r.strategyId()));
    }

    /**
     * Every goal of the strategy with whether it is internal, by its own flag or its strategy's: what the
     * indicator module mirrors to filter its lists without reading this module's tables.
     */
    public Map<UUID, Boolean> internalByGoal(StrategyId strategy) {
        Map<UUID, Boolean> result = new java.util.HashMap<>();
        strategyQueries.reachOfStrategy(strategy.value()).forEach((goal, reach) -> result.put(goal, reach.internal()));
        return result;
    }

    /** The strategies the goals belong to. */
    public java.util.Set<UUID> strategiesOf(java.util.Collection<UUID> goalIds) {
        java.util.Set<UUID> result = new java.util.HashSet<>();
        strategyQueries.reach(goalIds).values().forEach(r -> result.add(r.strategyId()));
        return result;
    }
}
