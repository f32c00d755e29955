package dk.pejling.access;

import dk.pejling.access.store.AccessTokenRepository;
import dk.pejling.access.store.UserRepository;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** API tokens: issued to a user, shown once, resolved on each request, revoked by their user or an administrator. */
@Service
@Transactional
public class AccessTokens {

    /** A token's last use is written at most this often, so that busy automation does not write on every call. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

    private final AccessTokenRepository tokens;
    private final UserRepository users;
    private final Clock clock;

    AccessTokens(AccessTokenRepository tokens, UserRepository users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    /** A new token and its secret, which is never shown again. */
    public record IssuedToken(AccessToken token, String secret) {
    }

    /** A request's token: the user it stands for and which of their tokens it was, for the audit log. */
    public record TokenUse(PejlingPrincipal principal, UUID tokenId, String tokenName) {
        /** How the audit log names the token: its name and id, within the log's 100 characters. */
        public String label() {
            String name = tokenName.length() > 60 ? tokenName.substring(0, 60) : tokenName;
            return name + " (" + tokenId + ")";
        }
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

    /**
     * Resolves a bearer token to its user; revoked and expired tokens and disabled users get nothing.
     * Failed password logins never affect a token (they would let anyone switch off automation).
     */
    public Optional<PejlingPrincipal> authenticateToken(String secret) {
        return authenticate(secret).map(TokenUse::principal);
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
}
