package dk.pejling.access;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who signs in. Failed logins do not lock the account (anyone could then lock anyone out);
 * {@link LoginThrottle} slows guessing down instead.
 */
@Table("access_user")
public class User {

    @Id
    private final UUID id;
    private final String username;
    private String displayName;
    private String email;
    private UUID organisationId;
    private String passwordHash;
    private String roles;
    private boolean enabled;
    private final String oidcIssuer;
    private final String oidcSubject;
    private boolean mustChangePassword;
    @Version
    private Long version;
    private final Instant createdAt;

    @PersistenceCreator
    User(UUID id, String username, String displayName, String email, UUID organisationId, String passwordHash,
         String roles, boolean enabled, String oidcIssuer, String oidcSubject,
         boolean mustChangePassword, Long version, Instant createdAt) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.organisationId = organisationId;
        this.passwordHash = passwordHash;
        this.roles = roles;
        this.enabled = enabled;
        this.oidcIssuer = oidcIssuer;
        this.oidcSubject = oidcSubject;
        this.mustChangePassword = mustChangePassword;
        this.version = version;
        this.createdAt = createdAt;
    }

    static User create(String username, String displayName, UUID organisationId, String passwordHash,
                       Set<Role> roles, Instant now) {
        return new User(UUID.randomUUID(), username, displayName, null, organisationId, passwordHash,
                encode(roles), true, null, null, false, null, now);
    }

    /** An account of a person signed in through OpenID Connect: no password, linked to (issuer, subject). */
    static User linked(String issuer, String subject, String username, Instant now) {
        return new User(UUID.randomUUID(), username, username, null, null, null, "", true, issuer, subject,
                false, null, now);
    }

    /** Takes over what the identity provider says about the person at every login. */
    void updateFromProvider(String displayName, String email, UUID organisationId, Set<Role> roles) {
        this.displayName = displayName;
        this.email = email;
        this.organisationId = organisationId;
        this.roles = encode(roles);
    }

    /**
     * An administrator changes who the person is and what they may do. Only for local accounts: the
     * identity provider sets these for a single sign-on account at every login, so an edit would not last.
     */
    void edit(String displayName, String email, UUID organisationId, Set<Role> roles) {
        if (!local()) {
            throw new dk.pejling.shared.InvalidInputException("displayName",
                    "the account signs in through single sign-on, whose provider sets its details at every login");
        }
        if (roles == null || roles.isEmpty()) {
            throw new dk.pejling.shared.InvalidInputException("roles", "choose at least one role");
        }
        this.displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.organisationId = organisationId;
        this.roles = encode(roles);
    }

    /** The account can no longer sign in, by password, single sign-on or API token; answers whether it changed. */
    boolean deactivate() {
        boolean changed = enabled;
        enabled = false;
        return changed;
    }

    /** The account can sign in again with what it had; answers whether it changed. */
    boolean reactivate() {
        boolean changed = !enabled;
        enabled = true;
        return changed;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    /** An administrator set a new password; the user chooses their own at next login. */
    void resetPassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = true;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    void changeEmail(String email) {
        this.email = email;
    }

    public UUID organisationId() {
        return organisationId;
    }

    String passwordHash() {
        return passwordHash;
    }

    /** Whether the account signs in with a local password (not through OpenID Connect). */
    public boolean local() {
        return oidcSubject == null;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<Role> roles() {
        if (roles == null || roles.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(roles.split(",")).map(String::strip).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static String encode(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
