package dk.pejling.initiative;

import dk.pejling.initiative.store.InitiativeReach;
import dk.pejling.initiative.store.InitiativeRepository;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.ListPage;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.VersionConflictException;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.GoalId;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of initiatives, and who owns one (may report its status). */
@Service
@Transactional(readOnly = true)
public class InitiativeService {

    private static final String WHAT = "initiative";
    private final InitiativeRepository repository;
    private final InitiativeReach reaches;
    private final StrategyService strategies;
    private final GoalService goals;
    private final OrganisationService organisations;
    private final dk.pejling.shared.UserDirectory users;
    private final InitiativePermissions permissions;
    private final Clock clock;

    InitiativeService(InitiativeRepository repository, InitiativeReach reaches, StrategyService strategies,
                      GoalService goals, OrganisationService organisations, dk.pejling.shared.UserDirectory users,
                      InitiativePermissions permissions, Clock clock) {
        this.permissions = permissions;
        this.users = users;
        this.repository = repository;
        this.reaches = reaches;
        this.strategies = strategies;
        this.goals = goals;
        this.organisations = organisations;
        this.clock = clock;
    }

    public Initiative get(InitiativeId id, Viewer viewer) {
        // Two small queries decide, the same for a missing and a hidden initiative: the strategy is looked up
        // even when the initiative is missing (by an id that matches nothing), and the aggregate with its
        // partners, staffing and target groups is loaded only for a visible one.
        Optional<InitiativeReach.Reach> reach = reaches.of(id.value());
        boolean strategyVisible = strategies.isVisible(new StrategyId(reach.map(InitiativeReach.Reach::strategyId)
                .orElse(NO_ROW)), viewer);
        if (reach.isEmpty() || !strategyVisible || !viewer.canSee(reach.get().visibility(), reach.get().strategyId())) {
            throw new NotFoundException(WHAT, id.value());
        }
        return repository.findById(id.value()).orElseThrow(() -> new NotFoundException(WHAT, id.value()));
    }

    /** An id that matches no row. */
    static final UUID NO_ROW = new UUID(0, 0);

    public ListPage<Initiative> list(PageQuery page, StrategyId strategy, Viewer viewer) {
        UUID s = strategy == null ? null : strategy.value();
        Viewer.InternalScope scope = viewer.internalScope();
        return new ListPage<>(repository.search(s, page.likePattern(), scope.all(), scope.sqlList(), page.size(), page.offset()),
                repository.countMatching(s, page.likePattern(), scope.all(), scope.sqlList()));
    }

    /** All initiatives of a strategy the viewer may see, in the strategy's order. */
    public List<Initiative> ofStrategy(StrategyId strategy, Viewer viewer) {
        strategies.get(strategy, viewer);
        return repository.findByStrategy(strategy.value()).stream()
                .filter(i -> viewer.canSee(i.visibility(), strategy.value())).toList();
    }

    /**
     * The parts (child initiatives) of an initiative the viewer may see, in the strategy's order. The
     * initiative's page used to take them from all of the strategy's initiatives, each loaded whole
     * with its partners, staffing, target groups and goals: with 200 initiatives some 800 queries for
     * every page view, which emptied the connection pool in the 200-user drill (bench/README.md, "Drills").
     */
    public List<Initiative> partsOf(Initiative initiative, Viewer viewer) {
        UUID strategy = initiative.strategyId();
        return repository.findByParent(initiative.id().value()).stream()
                .filter(i -> viewer.canSee(i.visibility(), strategy)).toList();
    }

    /**
     * The records these initiatives refer to that the viewer may not see — internal goals they serve and
     * internal parent initiatives — so that a public initiative never hands out their ids. Empty for
     * viewers who read the strategies' internal records.
     */
    public Set<UUID> hiddenReferences(java.util.Collection<Initiative> found, Viewer viewer) {
        Set<UUID> linked = new java.util.HashSet<>();
        Set<UUID> parents = new java.util.HashSet<>();
        for (Initiative i : found) {
            if (!viewer.readsInternal(i.strategyId())) {
                linked.addAll(i.goalIds());
                if (i.parentId() != null) {
                    parents.add(i.parentId());
                }
            }
        }
        Set<UUID> hidden = new java.util.HashSet<>(linked);
        hidden.removeAll(goals.visibleAmong(linked, viewer));
        hidden.addAll(reaches.internalAmong(parents));
        return hidden;
    }

    public List<Initiative> byIds(Set<UUID> ids) {
        return ids.isEmpty() ? List.of() : repository.findByIds(ids);
    }

    @Transactional
    public Initiative create(StrategyId strategyId, InitiativeDetails details, Viewer viewer) {
        Strategy strategy = strategies.get(strategyId, viewer);
        Viewer.require(permissions.mayCreate(strategyId.value(), details.responsibleId(), viewer));
        checkReferences(strategy, null, details, viewer);
        int order = details.order() != null ? details.order() : repository.nextOrder(strategyId.value());
        return repository.save(Initiative.create(strategyId.value(), details, order, clock.instant()));
    }

    @Transactional
    public Initiative update(InitiativeId id, long expectedVersion, InitiativeDetails details, Viewer viewer) {
        Initiative initiative = get(id, viewer);
        Viewer.require(permissions.mayUpdate(initiative, details.responsibleId(), viewer));
        VersionConflictException.check(WHAT, id.value(), expectedVersion, initiative.version());
        checkReferences(strategies.get(new StrategyId(initiative.strategyId()), viewer), initiative, details, viewer);
        initiative.revise(details, details.order() != null ? details.order() : initiative.order(), clock.instant());
        return repository.save(initiative);
    }

    @Transactional
    public void delete(InitiativeId id, Viewer viewer) {
        Initiative initiative = get(id, viewer);
        permissions.requireEdit(initiative, viewer);
        repository.delete(initiative);
    }

    private void checkReferences(Strategy strategy, Initiative self, InitiativeDetails details, Viewer viewer) {
        if (details.leadUserId() != null && !users.exists(details.leadUserId())) {
            throw new InvalidInputException("leadUserId", "no such user");
        }
        if (details.parentId() != null) {
            Initiative parent = repository.findById(details.parentId())
                    .orElseThrow(() -> new InvalidInputException("parentId", "no such initiative"));
            if (!parent.strategyId().equals(strategy.id().value())) {
                throw new InvalidInputException("parentId", "the parent initiative belongs to another strategy");
            }
            if (self != null && isAncestorOrSelf(self.id().value(), parent)) {
                throw new InvalidInputException("parentId", "an initiative cannot be placed under itself or one of its parts");
            }
        }
        for (UUID goalId : details.goalIds()) {
            try {
                if (!goals.get(new GoalId(goalId), viewer).strategyId().equals(strategy.id())) {
                    throw new InvalidInputException("goalIds", "a goal belongs to another strategy");
                }
            } catch (NotFoundException e) {
                throw new InvalidInputException("goalIds", "no such goal");
            }
        }
        Set<OrganisationId> orgs = new HashSet<>();
        if (details.responsibleId() != null) {
            orgs.add(new OrganisationId(details.responsibleId()));
        }
        details.partners().forEach(p -> orgs.add(new OrganisationId(p.organisationId())));
        if (!organisations.byIds(orgs).keySet().containsAll(orgs)) {
            throw new InvalidInputException("partners", "names an unknown organisation");
        }
    }

    private boolean isAncestorOrSelf(UUID candidate, Initiative node) {
        for (Initiative current = node; current != null;
             current = current.parentId() == null ? null : repository.findById(current.parentId()).orElse(null)) {
            if (current.id().value().equals(candidate)) {
                return true;
            }
        }
        return false;
    }
}
