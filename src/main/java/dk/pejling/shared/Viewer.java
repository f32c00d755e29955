package dk.pejling.shared;

import java.util.Set;
import java.util.UUID;

/**
 * Who is asking. Every query that can return internal records takes a viewer, so that
 * "internal data never reaches an anonymous user" is decided in one place per module.
 *
 * @param userId         the signed-in user, or null for the anonymous public
 * @param organisationId the user's organisation, or null
 * @param roles          the user's roles (see the access module)
 * @param name           the user name, as history and audit entries record it
 */
public record Viewer(UUID userId, UUID organisationId, Set<String> roles, String name) {

    public static final String ADMIN = "ADMIN";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String EDITOR = "EDITOR";
    public static final String READER = "READER";

    private static final Viewer ANONYMOUS = new Viewer(null, null, Set.of(), "anonymous");

    public Viewer {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        name = name == null ? (userId == null ? "anonymous" : userId.toString()) : name;
    }

    public Viewer(UUID userId, UUID organisationId, Set<String> roles) {
        this(userId, organisationId, roles, null);
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

    /** Internal records are for signed-in users only. */
    public boolean canSee(Visibility visibility) {
        return visibility == Visibility.PUBLIC || !isAnonymous();
    }

    /** Whether the viewer may see internal records at all; used to filter lists in SQL. */
    public boolean seesInternal() {
        return !isAnonymous();
    }

    /** Administrators, coordinators and editors change the register; readers and the public do not. */
    public boolean canEdit() {
        return hasRole(ADMIN) || hasRole(COORDINATOR) || hasRole(EDITOR);
    }

    public void requireEditor() {
        if (!canEdit()) {
            throw new ForbiddenException();
        }
    }
}
