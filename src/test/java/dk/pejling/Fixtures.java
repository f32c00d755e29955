package dk.pejling;

import dk.pejling.organisation.Organisation;
import dk.pejling.organisation.OrganisationDetails;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.organisation.OrganisationKind;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.Period;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.Goal;
import dk.pejling.strategy.GoalDetails;
import dk.pejling.strategy.GoalKind;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.LifecycleStatus;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyDetails;
import dk.pejling.strategy.StrategyKind;
import dk.pejling.strategy.StrategyService;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Creates records for integration tests through the public services, as an administrator (the
 * permission rules themselves are tested in PermissionMatrixTest). Every name
 * carries a fresh token, so a test can find exactly its own records in the shared database.
 */
// Lazy: a module test (@ApplicationModuleTest) boots one module without the modules these helpers call, and
// must not fail on a helper it never injects.
@Lazy
@Component
public class Fixtures {

    /** Sets up test records; an administrator, because the fixtures span organisations and strategies. */
    public static final Viewer EDITOR = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.ADMIN, Viewer.EDITOR), "fixture-admin");
    public static final Viewer READER = new Viewer(UUID.randomUUID(), null, Set.of(Viewer.READER));

    private final OrganisationService organisations;
    private final StrategyService strategies;
    private final GoalService goals;

    Fixtures(OrganisationService organisations, StrategyService strategies, GoalService goals) {
        this.organisations = organisations;
        this.strategies = strategies;
        this.goals = goals;
    }

    /** A short random word that no demo text contains. */
    public static String token() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public Organisation organisation(String name) {
        return organisations.create(new OrganisationDetails(name, null, OrganisationKind.OTHER, null), null, EDITOR);
    }

    public StrategyBuilder strategy(String title, OrganisationId owner) {
        return new StrategyBuilder(title, owner);
    }

    public Goal goal(Strategy strategy, Goal parent, String title, Visibility visibility) {
        return goals.create(strategy.id(), new GoalDetails(parent == null ? null : parent.id(), null, GoalKind.GOAL,
                title, null, null, visibility), EDITOR);
    }

    public Goal goal(Strategy strategy, Goal parent, String title) {
        return goal(strategy, parent, title, Visibility.PUBLIC);
    }

    public final class StrategyBuilder {
        private final String title;
        private final OrganisationId owner;
        private Set<OrganisationId> partners = Set.of();
        private StrategyKind kind = StrategyKind.STRATEGY;
        private LifecycleStatus status = LifecycleStatus.ADOPTED;
        private Period period = new Period(null, null);
        private String summary;
        private Visibility visibility = Visibility.PUBLIC;

        private StrategyBuilder(String title, OrganisationId owner) {
            this.title = title;
            this.owner = owner;
        }

        public StrategyBuilder partners(OrganisationId... ids) {
            partners = Set.of(ids);
            return this;
        }

        public StrategyBuilder kind(StrategyKind value) {
            kind = value;
            return this;
        }

        public StrategyBuilder status(LifecycleStatus value) {
            status = value;
            return this;
        }

        public StrategyBuilder period(LocalDate from, LocalDate to) {
            period = new Period(from, to);
            return this;
        }

        public StrategyBuilder summary(String value) {
            summary = value;
            return this;
        }

        public StrategyBuilder internal() {
            visibility = Visibility.INTERNAL;
            return this;
        }

        public Strategy create() {
            return strategies.create(new StrategyDetails(title, kind, owner, partners, period, status, summary,
                    List.of(), List.of(), List.of(), visibility), null, EDITOR);
        }
    }
}
