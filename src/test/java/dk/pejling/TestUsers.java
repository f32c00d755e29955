package dk.pejling;

import dk.pejling.access.AccessTokens;
import dk.pejling.access.Accounts;
import dk.pejling.access.Coordinators;
import dk.pejling.access.PejlingPrincipal;
import dk.pejling.access.Role;
import dk.pejling.access.ViewerScopes;
import dk.pejling.shared.Viewer;
import java.util.EnumSet;
import java.util.UUID;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Creates users with API tokens for tests; each call makes a fresh user so tests stay independent. */
// Lazy: a module test (@ApplicationModuleTest) boots one module without the modules these helpers call, and
// must not fail on a helper it never injects.
@Lazy
@Component
public class TestUsers {

    private final Accounts accounts;
    private final AccessTokens accessTokens;
    private final Coordinators coordinators;
    private final ViewerScopes scopes;

    TestUsers(Accounts accounts, AccessTokens accessTokens, Coordinators coordinators, ViewerScopes scopes) {
        this.accounts = accounts;
        this.accessTokens = accessTokens;
        this.coordinators = coordinators;
        this.scopes = scopes;
    }

    /** The viewer the application builds for this user on a request, with the grants they hold now. */
    public Viewer viewerOf(PejlingPrincipal principal) {
        return scopes.viewerOf(principal);
    }

    /** A demo account (see the README) with a fresh API token. */
    public TestUser demo(String username) {
        var user = accounts.findUser(username).orElseThrow();
        return new TestUser(new PejlingPrincipal(user.id(), user.username(), user.displayName(), user.organisationId(),
                user.roles()), accessTokens.issueToken(user.id(), "test").secret());
    }

    /** The viewer of a demo account (see the README), as a request of that user would get it. */
    public Viewer demoViewer(String username) {
        return scopes.viewerOf(accounts.findUser(username).orElseThrow().id());
    }

    /** A reader of the organisation who also coordinates the given strategies. */
    public TestUser coordinator(UUID organisationId, UUID... strategies) {
        TestUser user = create(Role.READER, organisationId);
        for (UUID strategy : strategies) {
            coordinators.appointCoordinator(strategy, user.principal().userId(), ADMIN);
        }
        return user;
    }

    private static final Viewer ADMIN = new Viewer(new UUID(0, 7), null, java.util.Set.of(Viewer.ADMIN), "test-admin");

    public record TestUser(PejlingPrincipal principal, String token) {
        public String bearer() {
            return "Bearer " + token;
        }
    }

    public TestUser create(Role role) {
        return create(role, null);
    }

    /** A user of an organisation, e.g. an editor who owns that organisation's initiatives. */
    public TestUser create(Role role, UUID organisationId) {
        String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        PejlingPrincipal principal = accounts.createUser(name, name, organisationId, "a-long-test-password", EnumSet.of(role));
        return new TestUser(principal, accessTokens.issueToken(principal.userId(), "test").secret());
    }
}
