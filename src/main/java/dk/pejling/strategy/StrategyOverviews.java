package dk.pejling.strategy;

import dk.pejling.organisation.Organisation;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.store.StrategyQueries;
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

/** Assembles {@link StrategyOverview}s with a fixed, small number of queries whatever the tree's size. */
@Service
@Transactional(readOnly = true)
public class StrategyOverviews {

    private final StrategyService strategies;
    private final GoalService goals;
    private final OrganisationService organisations;
    private final List<StrategyChanges> changes;

    StrategyOverviews(StrategyService strategies, GoalService goals, OrganisationService organisations,
                      List<StrategyChanges> changes) {
        this.changes = changes;
        this.strategies = strategies;
        this.goals = goals;
        this.organisations = organisations;
    }

    public StrategyOverview of(StrategyId id, Viewer viewer) {
        return of(strategies.get(id, viewer), viewer);
    }

    public StrategyOverview of(Strategy strategy, Viewer viewer) {
        Set<OrganisationId> orgIds = new HashSet<>(strategy.partnerIds());
        orgIds.add(strategy.ownerId());
        Map<OrganisationId, Organisation> orgs = organisations.byIds(orgIds);
        List<Organisation> partners = strategy.partnerIds().stream().map(orgs::get)
                .filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(Organisation::name)).toList();
        List<GoalNode> tree = goals.tree(strategy, viewer);
        return new StrategyOverview(strategy, orgs.get(strategy.ownerId()), partners, relations(strategy, viewer), tree,
                recordsChanged(strategy, tree, viewer));
    }

    /** The latest change the other modules report for the strategy's records the viewer may see; null when none. */
    private java.time.Instant recordsChanged(Strategy strategy, List<GoalNode> tree, Viewer viewer) {
        List<UUID> goalIds = new ArrayList<>();
        java.util.Deque<GoalNode> todo = new java.util.ArrayDeque<>(tree);
        while (!todo.isEmpty()) {
            GoalNode node = todo.pop();
            goalIds.add(node.goal().id().value());
            todo.addAll(node.children());
        }
        return changes.stream().map(c -> c.lastChange(strategy, goalIds, viewer)).flatMap(java.util.Optional::stream)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    /** A strategy's own relations on its page: by kind, then by the target's title in Danish order. */
    static final Comparator<StrategyOverview.Related> OWN_RELATIONS_ORDER =
            Comparator.comparing((StrategyOverview.Related r) -> r.kind())
                    .thenComparing(r -> r.strategy().title(), java.text.Collator.getInstance(java.util.Locale.forLanguageTag("da")));

    private List<StrategyOverview.Related> relations(Strategy strategy, Viewer viewer) {
        List<UUID> targets = strategy.relations().stream().map(StrategyRelation::targetId).toList();
        Map<UUID, StrategySummary> visible = strategies.visibleSummaries(targets, viewer).stream()
                .collect(Collectors.toMap(StrategySummary::id, Function.identity()));
        List<StrategyOverview.Related> result = new ArrayList<>();
        for (StrategyRelation relation : strategy.relations()) {
            StrategySummary target = visible.get(relation.targetId());
            if (target != null) {
                result.add(new StrategyOverview.Related(relation.kind(), target, false));
            }
        }
        // The aggregate keeps its relations as a set, loaded in no fixed order: the page lists them by kind,
        // then by the target's title in Danish order, the same on every load.
        result.sort(OWN_RELATIONS_ORDER);
        // One entry per relation pointing here, ordered by the source's title. "Relateret til" runs both
        // ways: when this strategy already names the source so, the source's relation back adds nothing.
        java.util.Set<String> listed = new java.util.HashSet<>();
        result.forEach(r -> listed.add(r.strategy().id() + "|" + r.kind()));
        for (StrategyQueries.Incoming relation : strategies.incomingRelations(strategy.id(), viewer)) {
            boolean symmetricTwin = relation.kind() == RelationKind.RELATED_TO
                    && listed.contains(relation.source().id() + "|" + RelationKind.RELATED_TO);
            if (!symmetricTwin && listed.add(relation.source().id() + "|in|" + relation.kind())) {
                result.add(new StrategyOverview.Related(relation.kind(), relation.source(), true));
            }
        }
        result.removeIf(r -> r.strategy() == null);
        return result;
    }
}
