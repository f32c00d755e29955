package dk.pejling.access;

import dk.pejling.access.store.UserRepository;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.VersionConflictException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.AuditAction;
import dk.pejling.shared.AuditEvent;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with accounts: list, create, edit, deactivate and reactivate, reset a password,
 * lift a login throttle.
 * Nobody else may. A password an administrator sets (chosen or made up) is known to someone else,
 * so the user must choose their own at the next login.
 */
@Service
@Transactional
public class UserAdministration {

    /** Letters and digits that cannot be mistaken for each other when read aloud or copied by hand. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final Accounts accounts;
    private final AccessTokens accessTokens;
    private final PasswordEncoder passwords;
    private final OrganisationService organisations;
    private final LoginThrottle throttle;
    private final UserSessions sessions;
    private final ApplicationEventPublisher events;
    private final dk.pejling.access.store.CoordinatorGrants grants;
    private final AccessPermissions permissions;

    UserAdministration(UserRepository users, Accounts accounts, AccessTokens accessTokens, PasswordEncoder passwords,
                       OrganisationService organisations, LoginThrottle throttle, UserSessions sessions,
                       ApplicationEventPublisher events, dk.pejling.access.store.CoordinatorGrants grants,
                       AccessPermissions permissions) {
        this.permissions = permissions;
        this.throttle = throttle;
        this.sessions = sessions;
        this.events = events;
        this.grants = grants;
        this.users = users;
        this.accounts = accounts;
        this.accessTokens = accessTokens;
        this.passwords = passwords;
        this.organisations = organisations;
    }

    /**
     * An account as administrators see it; never the password hash. {@code locked}: password logins
     * from browsers the account has not used before must wait until {@code throttledUntil} after
     * many failed attempts (the account itself is never locked; see {@link LoginThrottle}).
     */
    public record Account(UUID id, String username, String displayName, String email, UUID organisationId,
                          Set<Role> roles, boolean local, boolean enabled, boolean locked, Instant throttledUntil,
                          boolean mustChangePassword, long version) {
    }

    private Account account(User user) {
        Instant until = throttle.accountWaitsUntil(user.username(), accounts.now()).orElse(null);
        return new Account(user.id(), user.username(), user.displayName(), user.email(), user.organisationId(),
                user.roles(), user.local(), user.enabled(), until != null, until, user.mustChangePassword(),
                user.version());
    }

    @Transactional(readOnly = true)
    public List<Account> list(Viewer viewer) {
        permissions.requireAdministerUsers(viewer);
        return users.findAllByOrderByUsername().stream().map(this::account).toList();
    }

    /**
     * The coordinator grants per user: coordinating is a grant per strategy, not a role on the
     * account, so the users page shows it beside the roles to give each user's real rights.
     */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, Integer> coordinatedStrategies(Viewer viewer) {
        permissions.requireAdministerUsers(viewer);
        return grants.countsPerUser();
    }

    @Transactional(readOnly = true)
    public Account get(UUID id, Viewer viewer) {
        permissions.requireAdministerUsers(viewer);
        return account(find(id));
    }

    /** Creates a local account; without a password it gets a temporary one, to be changed at first login. */
    public Reset create(String username, String displayName, String email, UUID organisationId, Set<Role> roles,
                        String password, Viewer viewer) {
        permissions.requireAdministerUsers(viewer);
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "choose at least one role");
        }
        if (organisationId != null && !organisations.exists(new OrganisationId(organisationId))) {
            throw new InvalidInputException("organisationId", "no such organisation");
        }
        boolean temporary = password == null || password.isBlank();
        String chosen = temporary ? temporaryPassword() : password;
        if (!temporary) {
            PasswordPolicy.shipped().check("password", chosen, username, displayName, email);
        }
        PejlingPrincipal created = accounts.createUser(username, displayName == null || displayName.isBlank() ? null
                : displayName.strip(), organisationId, chosen, roles);
        if (email != null && !email.isBlank()) {
            accounts.setEmail(created.userId(), email);
        }
        // Chosen or made up, the administrator knows it: the user chooses their own at the first login.
        User user = find(created.userId());
        user.resetPassword(passwords.encode(chosen));
        users.save(user);
        return new Reset(created.userId(), temporary ? chosen : null, 0, 0);
    }

    /**
     * Sets a new password for a local account, lifts its login throttle and ends all its sessions
     * (whoever knew the old password may be signed in); with {@code revokeTokens} also revokes all
     * its API tokens (asked for explicitly, because automation stops). The user must choose their
     * own password at next login. Without a given password a temporary one is made and answered, once.
     */
    public Reset resetPassword(UUID id, String password, boolean revokeTokens, Viewer viewer) {
        permissions.requireAdministerUsers(viewer);
        User user = find(id);
        if (!user.local()) {
            throw new InvalidInputException("password", "the account signs in through single sign-on and has no password");
        }
        boolean temporary = password == null || password.isBlank();
        String chosen = temporary ? temporaryPassword() : password;
        Accounts.checkNewPassword("password", chosen, user, user.email());
        user.resetPassword(passwords.encode(chosen));
        users.save(user);
        throttle.lift(user.username());
        int revoked = revokeTokens ? accessTokens.revokeAllTokens(id) : 0;
        int ended = sessions.end(id, null);
        events.publishEvent(AuditEvent.change(AuditAction.UPDATE, "access_user", id, null, Map.of(
                "change", "reset by an administrator", "sessionsEnded", ended, "tokensRevoked", revoked)));
        return new Reset(id, temporary ? chosen : null, ended, revoked);
    }

    /**
     * Changes name, e-mail, organisation and roles of a local account. An administrator cannot take the
     * administrator role from themselves (nobody might be left to give it back).
     */
    public Account edit(UUID id, Long expectedVersion, String displayName, String email, UUID organisationId,
                        Set<Role> roles, Viewer viewer) {
        permissions.requireAdministerUsers(viewer);
        User user = find(id);
        VersionConflictException.check("user", id, expectedVersion, user.version());
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (email != null && !email.isBlank() && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("email", "is not an e-mail address");
        }
        if (organisationId != null && !organisations.exists(new OrganisationId(organisationId))) {
            errors.put("organisationId", "no such organisation");
        }
        if (roles == null || roles.isEmpty()) {
            errors.put("roles", "choose at least one role");
        } else if (isSelf(user, viewer) && !roles.contains(Role.ADMIN)) {
            errors.put("roles", "you cannot take the administrator role from yourself");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<String, Object> before = snapshot(user);
        user.edit(displayName, email, organisationId, roles);
        users.save(user);
        events.publishEvent(AuditEvent.change(AuditAction.UPDATE, "access_user", id, before, snapshot(user)));
        return account(find(id));
    }

    /**
     * The account can no longer sign in: its sessions end at once and its API tokens stop working while
     * it is deactivated (they are kept, so a reactivated account's automation goes on). Not one's own.
     */
    public Account deactivate(UUID id, Long expectedVersion, Viewer viewer) {
        permissions.requireAdministerUsers(viewer);
        User user = find(id);
        VersionConflictException.check("user", id, expectedVersion, user.version());
        if (isSelf(user, viewer)) {
            throw new InvalidInputException("enabled", "you cannot deactivate your own account");
        }
        if (user.deactivate()) {
            users.save(user);
            int ended = sessions.end(id, null);
            events.publishEvent(AuditEvent.change(AuditAction.STATUS_CHANGE, "access_user", id,
                    Map.of("username", user.username(), "enabled", true),
                    Map.of("username", user.username(), "enabled", false, "sessionsEnded", ended)));
        }
        return account(find(id));
    }

    /** The account can sign in again with its password, single sign-on or tokens. */
    public Account reactivate(UUID id, Long expectedVersion, Viewer viewer) {
        permissions.requireAdministerUsers(viewer);
        User user = find(id);
        VersionConflictException.check("user", id, expectedVersion, user.version());
        if (user.reactivate()) {
            users.save(user);
            events.publishEvent(AuditEvent.change(AuditAction.STATUS_CHANGE, "access_user", id,
                    Map.of("username", user.username(), "enabled", false),
                    Map.of("username", user.username(), "enabled", true)));
        }
        return account(find(id));
    }

    private static boolean isSelf(User user, Viewer viewer) {
        return user.id().equals(viewer.userId());
    }

    private static Map<String, Object> snapshot(User user) {
        Map<String, Object> s = new java.util.LinkedHashMap<>();
        s.put("username", user.username());
        s.put("displayName", user.displayName());
        s.put("email", user.email());
        s.put("organisationId", user.organisationId());
        s.put("roles", user.roles().stream().map(Role::name).sorted().toList());
        return s;
    }

    /** The outcome of a reset or creation: the temporary password (null when the administrator chose one), what ended. */
    public record Reset(UUID userId, String temporaryPassword, int sessionsEnded, int tokensRevoked) {
    }

    /** Lifts the account's login throttle at once (the account is never locked; see {@link LoginThrottle}). */
    public Account unlock(UUID id, Viewer viewer) {
        permissions.requireAdministerUsers(viewer);
        User user = find(id);
        throttle.lift(user.username());
        return account(user);
    }

    private User find(UUID id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    static String temporaryPassword() {
        StringBuilder password = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
