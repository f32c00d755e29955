package dk.pejling.access;

import dk.pejling.access.store.CoordinatorGrants;
import dk.pejling.access.store.UserRepository;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.StrategyService;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the {@link Viewer} of a signed-in user for each request from the current grants, so a new
 * partnership or a revoked coordinator grant takes effect on the next request, not at the next login.
 * Three small indexed reads; the anonymous public costs nothing.
 */
@Component
public class ViewerScopes {

    private final UserRepository users;
    private final CoordinatorGrants coordinators;
    private final OrganisationService organisations;
    private final StrategyService strategies;

    ViewerScopes(UserRepository users, CoordinatorGrants coordinators, OrganisationService organisations,
                 StrategyService strategies) {
        this.users = users;
        this.coordinators = coordinators;
        this.organisations = organisations;
        this.strategies = strategies;
    }

    /** The viewer of a user by id, e.g. for work done on a user's behalf outside a request. */
    @Transactional(readOnly = true)
    public Viewer viewerOf(UUID userId) {
        return users.findById(userId).map(u -> viewerOf(PejlingPrincipal.of(u))).orElse(Viewer.anonymous());
    }

    @Transactional(readOnly = true)
    public Viewer viewerOf(PejlingPrincipal signedIn) {
        // roles and organisation as they are now: a change by an administrator applies to open sessions too
        User user = users.findById(signedIn.userId()).filter(User::enabled).orElse(null);
        if (user == null) {
            return Viewer.anonymous();
        }
        PejlingPrincipal principal = PejlingPrincipal.of(user);
        Set<String> roles = principal.roles().stream().map(Role::key).collect(Collectors.toSet());
        if (principal.roles().contains(Role.ADMIN)) {
            return new Viewer(principal.userId(), principal.organisationId(), roles, principal.username());
        }
        Set<UUID> partnerStrategies = Set.of();
        Set<UUID> own = Set.of();
        if (principal.organisationId() != null) {
            OrganisationId organisation = new OrganisationId(principal.organisationId());
            own = organisations.unitsOf(organisation);
            // An organisation takes part through its units and as a unit of the one above it: a department
            // of the municipality reads what the municipality is a partner in, and the administration reads
            // what its job centre is a partner in.
            Set<UUID> around = new java.util.HashSet<>(organisations.selfAndAncestors(organisation));
            around.addAll(own);
            partnerStrategies = strategies.ownedOrPartneredBy(around);
        }
        Set<UUID> coordinated = coordinators.strategiesOf(principal.userId());
        if (!coordinated.isEmpty()) {
            roles = new java.util.HashSet<>(roles);
            roles.add(Viewer.COORDINATOR);
        }
        return new Viewer(principal.userId(), principal.organisationId(), roles, principal.username(),
                new Viewer.Scope(partnerStrategies, coordinated, own));
    }
}
