package dk.pejling;

import dk.pejling.access.AccessService;
import dk.pejling.access.PejlingPrincipal;
import dk.pejling.access.Role;
import java.util.EnumSet;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Creates users with API tokens for tests; each call makes a fresh user so tests stay independent. */
@Component
public class TestUsers {

    private final AccessService access;

    TestUsers(AccessService access) {
        this.access = access;
    }

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
        PejlingPrincipal principal = access.createUser(name, name, organisationId, "a-long-test-password", EnumSet.of(role));
        return new TestUser(principal, access.issueToken(principal.userId(), "test").secret());
    }
}
