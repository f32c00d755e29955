package dk.pejling.access;

import java.time.Duration;
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
 * A person who signs in. Repeated failed logins lock the account for a while, which slows down
 * password guessing without locking a real user out for good.
 */
@Table("access_user")
public class User {

    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Id
    private final UUID id;
    private final String username;
    private String displayName;
    private String email;
    private UUID organisationId;
    private String passwordHash;
    private String roles;
    private int failedLogins;
    private Instant lockedUntil;
    private boolean enabled;
    @Version
    private Long version;
    private final Instant createdAt;

    @PersistenceCreator
    User(UUID id, String username, String displayName, String email, UUID organisationId, String passwordHash,
         String roles, int failedLogins, Instant lockedUntil, boolean enabled, Long version, Instant createdAt) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.organisationId = organisationId;
        this.passwordHash = passwordHash;
        this.roles = roles;
        this.failedLogins = failedLogins;
        this.lockedUntil = lockedUntil;
        this.enabled = enabled;
        this.version = version;
        this.createdAt = createdAt;
    }

    static User create(String username, String displayName, UUID organisationId, String passwordHash,
                       Set<Role> roles, Instant now) {
        return new User(UUID.randomUUID(), username, displayName, null, organisationId, passwordHash,
                encode(roles), 0, null, true, null, now);
    }

    void loginFailed(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCKOUT);
            failedLogins = 0;
        }
    }

    void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
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
