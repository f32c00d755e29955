package dk.pejling.shared;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who is asking and what they may see. Every query that can return internal records takes a viewer, so
 * that "internal data never reaches an anonymous user" and "a reader sees the internal records of the
 * strategies their organisation takes part in" are decided in one place. What a viewer may change is not
 * decided here: each module's permissions component decides it from the plain facts below (roles, grants,
 * organisations). The rules are written down in {@code docs/permissions.md}; the access module builds the
 * viewer for each request.
 *
 * @param userId         the signed-in user, or null for the anonymous public
 * @param organisationId the user's organisation, or null
 * @param roles          the user's global roles: {@link #ADMIN}, {@link #EDITOR}, {@link #READER}
 * @param name           the user name, as history and audit entries record it
 * @param scope          the strategies and organisations the user's grants reach
 */
public record Viewer(UUID userId, UUID organisationId, Set<String> roles, String name, Scope scope) {

    public static final String ADMIN = "ADMIN";
    /** Not a global role: a user coordinates the strategies listed in {@link Scope#coordinated()}. */
    public static final String COORDINATOR = "COORDINATOR";
    public static final String EDITOR = "EDITOR";
    public static final String READER = "READER";

    private static final Viewer ANONYMOUS = new Viewer(null, null, Set.of(), "anonymous", Scope.NONE);

    /**
     * What a signed-in user's organisation and grants reach.
     *
     * @param partnerStrategies strategies whose owner or partner is the user's organisation or one above it:
     *                          their internal records are readable
     * @param coordinated       strategies the user coordinates (opens rounds, approves, edits the strategy)
     * @param ownOrganisations  the user's organisation and every unit below it: an editor's initiatives
     */
    public record Scope(Set<UUID> partnerStrategies, Set<UUID> coordinated, Set<UUID> ownOrganisations) {

        public static final Scope NONE = new Scope(Set.of(), Set.of(), Set.of());

        public Scope {
            partnerStrategies = partnerStrategies == null ? Set.of() : Set.copyOf(partnerStrategies);
            coordinated = coordinated == null ? Set.of() : Set.copyOf(coordinated);
            ownOrganisations = ownOrganisations == null ? Set.of() : Set.copyOf(ownOrganisations);
        }
    }

    public Viewer {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        name = name == null ? (userId == null ? "anonymous" : userId.toString()) : name;
        scope = userId == null || scope == null ? Scope.NONE : scope;
    }

    /** A user without grants beyond the global roles; administrators need nothing more. */
    public Viewer(UUID userId, UUID organisationId, Set<String> roles, String name) {
        this(userId, organisationId, roles, name, Scope.NONE);
    }

    public Viewer(UUID userId, UUID organisationId, Set<String> roles) {
        this(userId, organisationId, roles, null, Scope.NONE);
    }

    public static Viewer anonymous() {
        return ANONYMOUS;
    }

    public boolean isAnonymous() {
        return userId == null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return hasRole(ADMIN);
    }

    // ---- reading ----

    /** Whether the internal records of the strategy are readable: administrators, its coordinators, its partners. */
    public boolean readsInternal(UUID strategyId) {
        return isAdmin() || (strategyId != null
                && (scope.partnerStrategies().contains(strategyId) || scope.coordinated().contains(strategyId)));
    }

    /** Whether a record of the strategy with the given visibility may be shown. */
    public boolean canSee(Visibility visibility, UUID strategyId) {
        return visibility == Visibility.PUBLIC || readsInternal(strategyId);
    }

    /** Whether a record linked to several strategies (an indicator) may be shown: readable through any of them. */
    public boolean canSeeAny(Visibility visibility, Collection<UUID> strategyIds) {
        return visibility == Visibility.PUBLIC || isAdmin() || strategyIds.stream().anyMatch(this::readsInternal);
    }

    /** Internal reach for SQL filters across strategies: everything, or the listed strategies. */
    public InternalScope internalScope() {
        if (isAdmin()) {
            return InternalScope.EVERYTHING;
        }
        if (isAnonymous()) {
            return InternalScope.NOTHING;
        }
        Set<UUID> strategies = new java.util.HashSet<>(scope.partnerStrategies());
        strategies.addAll(scope.coordinated());
        return new InternalScope(false, strategies);
    }

    /**
     * The strategies whose internal records a query may return.
     *
     * @param all        administrators: every strategy
     * @param strategies otherwise these
     */
    public record InternalScope(boolean all, Set<UUID> strategies) {

        public static final InternalScope EVERYTHING = new InternalScope(true, Set.of());
        public static final InternalScope NOTHING = new InternalScope(false, Set.of());
        /** SQL cannot take an empty IN list; this id matches no row. */
        private static final UUID NO_ROW = new UUID(0, 0);

        /** The strategies as an SQL IN list, never empty. */
        public List<UUID> sqlList() {
            return strategies.isEmpty() ? List.of(NO_ROW) : List.copyOf(strategies);
        }

        public boolean none() {
            return !all && strategies.isEmpty();
        }
    }

    /**
     * This viewer as it is after registering a strategy, which makes its creator the coordinator: the
     * request that creates an internal strategy can then answer with it.
     */
    public Viewer asCreatorOf(UUID strategyId) {
        if (isAnonymous() || isAdmin()) {
            return this;
        }
        Set<UUID> coordinated = new java.util.HashSet<>(scope.coordinated());
        coordinated.add(strategyId);
        return new Viewer(userId, organisationId, roles, name,
                new Scope(scope.partnerStrategies(), coordinated, scope.ownOrganisations()));
    }

    // ---- facts the modules' permissions components decide with ----
    // Plain facts about the viewer's roles and grants, never "may": an administrator is not a coordinator
    // here, and what a role lets someone do is decided once, in the permissions component of the module
    // that owns the record (docs/permissions.md, "Where the rules are decided").

    public boolean isEditor() {
        return hasRole(EDITOR);
    }

    /** Whether the viewer holds a coordinator grant for the strategy (or registered it). */
    public boolean isCoordinatorOf(UUID strategyId) {
        return strategyId != null && scope.coordinated().contains(strategyId);
    }

    /** Whether the viewer coordinates at least one strategy. */
    public boolean coordinatesAny() {
        return !scope.coordinated().isEmpty();
    }

    /** Whether the organisation is the viewer's own or one of the units below it. */
    public boolean isOwnOrganisation(UUID organisationId) {
        return organisationId != null && scope.ownOrganisations().contains(organisationId);
    }

    /** Whether the viewer's organisation (or one above it) owns or takes part in the strategy. */
    public boolean isPartnerIn(UUID strategyId) {
        return strategyId != null && scope.partnerStrategies().contains(strategyId);
    }

    /**
     * Whether the viewer holds any role that changes records: administrator, editor, or coordinator of some
     * strategy. Who may open which form and what a draft without a strategy shows follow from it.
     */
    public boolean holdsEditingRole() {
        return isAdmin() || isEditor() || coordinatesAny();
    }

    /** Throws unless the condition holds: the one way services refuse a change. */
    public static void require(boolean allowed) {
        if (!allowed) {
            throw new ForbiddenException();
        }
    }
}
