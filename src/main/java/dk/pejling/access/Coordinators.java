package dk.pejling.access;

import dk.pejling.access.store.CoordinatorGrants;
import dk.pejling.access.store.UserRepository;
import dk.pejling.shared.AuditAction;
import dk.pejling.shared.AuditEvent;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.StrategyCreated;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coordinators of each strategy: its creator, and whom the administrators and its coordinators appoint. */
@Service
@Transactional
public class Coordinators {

    private final CoordinatorGrants grants;
    private final UserRepository users;
    private final StrategyService strategies;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccessPermissions permissions;

    Coordinators(CoordinatorGrants grants, UserRepository users, StrategyService strategies,
                 ApplicationEventPublisher events, Clock clock, AccessPermissions permissions) {
        this.permissions = permissions;
        this.grants = grants;
        this.users = users;
        this.strategies = strategies;
        this.events = events;
        this.clock = clock;
    }

    /** Appoints a coordinator of a strategy: administrators and the strategy's coordinators may. */
    public boolean appointCoordinator(UUID strategyId, UUID userId, Viewer viewer) {
        strategies.get(new StrategyId(strategyId), viewer);
        permissions.requireAppointCoordinators(strategyId, viewer);
        if (!users.existsById(userId)) {
            throw new InvalidInputException("userId", "no such user");
        }
        boolean appointed = grants.grant(userId, strategyId, viewer.name(), clock.instant());
        if (appointed) {
            // The grant is a plain SQL row, which the audit log's repository listener does not see.
            events.publishEvent(AuditEvent.change(AuditAction.CREATE, CoordinatorGrants.TABLE, strategyId,
                    null, Map.of("strategy", strategyId, "user", userId)));
        }
        return appointed;
    }

    public void dismissCoordinator(UUID strategyId, UUID userId, Viewer viewer) {
        strategies.get(new StrategyId(strategyId), viewer);
        permissions.requireAppointCoordinators(strategyId, viewer);
        if (!grants.revoke(userId, strategyId)) {
            throw new NotFoundException("coordinator", userId);
        }
        events.publishEvent(AuditEvent.change(AuditAction.DELETE, CoordinatorGrants.TABLE, strategyId,
                Map.of("strategy", strategyId, "user", userId), null));
    }

    @Transactional(readOnly = true)
    public List<User> coordinatorsOf(UUID strategyId, Viewer viewer) {
        strategies.get(new StrategyId(strategyId), viewer);
        List<User> result = new ArrayList<>();
        users.findAllById(grants.usersOf(strategyId)).forEach(result::add);
        result.sort(Comparator.comparing(User::displayName));
        return result;
    }

    /** Whoever registers a strategy coordinates it, in the same transaction. */
    @EventListener
    void onStrategyCreated(StrategyCreated event) {
        if (event.creator() != null && users.existsById(event.creator())) {
            grants.grant(event.creator(), event.strategy().value(), "creator", clock.instant());
        }
    }
}
