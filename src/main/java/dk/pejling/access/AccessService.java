package dk.pejling.access;

import dk.pejling.access.store.AccessTokenRepository;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and API tokens. */
@Service
@Transactional
public class AccessService {

    private static final Duration TOUCH_EVERY = Duration.ofMinutes(5);
    private static final PasswordPolicy POLICY = PasswordPolicy.shipped();

    private final UserRepository users;
    private final AccessTokenRepository tokens;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final CoordinatorGrants grants;
    private final StrategyService strategies;
    private final ApplicationEventPublisher events;

    AccessService(UserRepository users, AccessTokenRepository tokens, PasswordEncoder passwords, Clock clock,
                  CoordinatorGrants grants, StrategyService strategies, ApplicationEventPublisher events) {
        this.events = events;
        this.grants = grants;
        this.strategies = strategies;
        this.users = users;
        this.tokens = tokens;
        this.passwords = passwords;
        this.clock = clock;
    }

    public PejlingPrincipal createUser(String username, String displayName, UUID organisationId, String password,
                                       Set<Role> roles) {
        if (username == null || !username.matches("[a-zA-Z0-9._@-]{2,100}")) {
            throw new InvalidInputException("username", "use 2-100 letters, digits, '.', '_', '@' or '-'");
        }
        // Length, bytes and the common list here; the names too where a person sets it (UserAdministration,
        // changePassword). The demo accounts' documented password contains "demo", like their names.
        POLICY.check("password", password);
        if (users.findByUsername(username).isPresent()) {
            throw new InvalidInputException("username", "is already taken");
        }
        User user = User.create(username, displayName == null ? username : displayName, organisationId,
                passwords.encode(password), roles, clock.instant());
        return PejlingPrincipal.of(users.save(user));
    }

    @Transactional(readOnly = true)
    public boolean hasUsers() {
        return users.count() > 0;
    }

    /** Issues a token and answers the secret, which is never shown again. */
    public IssuedToken issueToken(UUID userId, String name) {
        return issueToken(userId, name, null);
    }

    /** Issues a token that stops working at {@code expiresAt} (null: when revoked). */
    public IssuedToken issueToken(UUID userId, String name, Instant expiresAt) {
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            throw new InvalidInputException("expiresAt", "must be in the future");
        }
        return store(userId, name, AccessToken.newSecret(), expiresAt);
    }

    /** Stores a token whose secret the operator chose (the bootstrap token from the environment). */
    public IssuedToken storeGivenToken(UUID userId, String name, String secret) {
        if (secret.length() < 24) {
            throw new InvalidInputException("token", "must be at least 24 characters");
        }
        return store(userId, name, secret, null);
    }

    private IssuedToken store(UUID userId, String name, String secret, Instant expiresAt) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException("name", "must be 1-100 characters");
        }
        AccessToken token = tokens.save(AccessToken.issue(userId, name.strip(), secret, expiresAt, clock.instant()));
        return new IssuedToken(token, secret);
    }

    public record IssuedToken(AccessToken token, String secret) {
    }

    @Transactional(readOnly = true)
    public List<AccessToken> tokensOf(UUID userId) {
        return tokens.findByUserIdOrderByCreatedAtDesc(userId);
    }

    public void revokeToken(UUID userId, UUID tokenId) {
        AccessToken token = tokens.findById(tokenId).filter(t -> t.userId().equals(userId))
                .orElseThrow(() -> new NotFoundException("token", tokenId));
        token.revoke(clock.instant());
        tokens.save(token);
    }

    /**
     * Resolves a bearer token to its user; revoked and expired tokens and disabled users get nothing.
     * Failed password logins never affect a token (they would let anyone switch off automation).
     */
    public Optional<PejlingPrincipal> authenticateToken(String secret) {
        return authenticate(secret).map(TokenUse::principal);
    }

    /** A request's token: the user it stands for and which of their tokens it was, for the audit log. */
    public record TokenUse(PejlingPrincipal principal, UUID tokenId, String tokenName) {
        /** How the audit log names the token: its name and id, within the log's 100 characters. */
        public String label() {
            String name = tokenName.length() > 60 ? tokenName.substring(0, 60) : tokenName;
            return name + " (" + tokenId + ")";
        }
    }

    public Optional<TokenUse> authenticate(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(AccessToken.hash(secret.strip()))
                .filter(token -> token.active(now))
                .flatMap(token -> {
                    if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(TOUCH_EVERY))) {
                        tokens.touch(token.id(), now);
                    }
                    return users.findById(token.userId()).filter(User::enabled)
                            .map(u -> new TokenUse(PejlingPrincipal.of(u), token.id(), token.name()));
                });
    }

    /** Revokes every active token of the user (an administrator's reset with confirmation); answers how many. */
    public int revokeAllTokens(UUID userId) {
        Instant now = clock.instant();
        int revoked = 0;
        for (AccessToken token : tokens.findByUserIdOrderByCreatedAtDesc(userId)) {
            if (token.active(now)) {
                token.revoke(now);
                tokens.save(token);
                revoked++;
            }
        }
        return revoked;
    }

    /** Sets the address reminders go to. */
    public void setEmail(UUID userId, String email) {
        if (email != null && !email.isBlank() && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("email", "is not an e-mail address");
        }
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
        user.changeEmail(email == null || email.isBlank() ? null : email.strip());
        users.save(user);
    }

    /** Enabled users with an e-mail address, for reminders. */
    @Transactional(readOnly = true)
    public List<Contact> contacts() {
        return users.findAll().stream()
                .filter(u -> u.enabled() && u.email() != null)
                .map(u -> new Contact(u.id(), u.displayName(), u.email(), u.organisationId(), u.roles()))
                .toList();
    }

    public record Contact(UUID userId, String name, String email, UUID organisationId, java.util.Set<Role> roles) {
    }

    @Transactional(readOnly = true)
    public Optional<User> findUser(String username) {
        return users.findByUsername(username);
    }

    /** Appoints a coordinator of a strategy: administrators and the strategy's coordinators may. */
    public boolean appointCoordinator(UUID strategyId, UUID userId, Viewer viewer) {
        strategies.get(new StrategyId(strategyId), viewer);
        viewer.requireCoordinator(strategyId);
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
        viewer.requireCoordinator(strategyId);
        if (!grants.revoke(userId, strategyId)) {
            throw new NotFoundException("coordinator", userId);
        }
        events.publishEvent(AuditEvent.change(AuditAction.DELETE, CoordinatorGrants.TABLE, strategyId,
                Map.of("strategy", strategyId, "user", userId), null));
    }

    @Transactional(readOnly = true)
    public List<User> coordinatorsOf(UUID strategyId, Viewer viewer) {
        strategies.get(new StrategyId(strategyId), viewer);
        List<User> result = new java.util.ArrayList<>();
        users.findAllById(grants.usersOf(strategyId)).forEach(result::add);
        result.sort(java.util.Comparator.comparing(User::displayName));
        return result;
    }

    /** Whoever registers a strategy coordinates it, in the same transaction. */
    @org.springframework.context.event.EventListener
    void onStrategyCreated(StrategyCreated event) {
        if (event.creator() != null && users.existsById(event.creator())) {
            grants.grant(event.creator(), event.strategy().value(), "creator", clock.instant());
        }
    }

    /** Whether a user signing in with the password an administrator gave must choose a new one first. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword(String username) {
        return users.findByUsername(username).map(User::mustChangePassword).orElse(false);
    }

    /** The user's own change of password; asks for the current one so a forgotten session cannot change it. */
    public void changePassword(UUID userId, String current, String next, String repeated) {
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
        if (!user.local() || user.passwordHash() == null || current == null || PasswordPolicy.tooLong(current)
                || !passwords.matches(current, user.passwordHash())) {
            throw new InvalidInputException("currentPassword", "is not your current password");
        }
        POLICY.check("newPassword", next, user.username(), user.displayName(), user.email());
        if (next.equals(current)) {
            throw new InvalidInputException("newPassword", "must differ from the current password");
        }
        if (!next.equals(repeated)) {
            throw new InvalidInputException("repeatPassword", "does not match the new password");
        }
        user.changePassword(passwords.encode(next));
        users.save(user);
        // The hash is kept out of the log, so the saved aggregate shows no change: say what happened.
        events.publishEvent(AuditEvent.change(AuditAction.UPDATE, "access_user", userId, null,
                Map.of("change", "changed own password")));
    }

    /** Checks a password an administrator sets for an account (its names taken into account). */
    static void checkNewPassword(String field, String password, User user, String email) {
        POLICY.check(field, password, user.username(), user.displayName(), email);
    }

    Instant now() {
        return clock.instant();
    }
}
