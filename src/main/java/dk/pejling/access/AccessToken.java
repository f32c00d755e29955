package dk.pejling.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A personal API token. Only its SHA-256 hash is stored: the token itself is shown once, when
 * created. A fast hash is enough here because the tokens are long random strings, not passwords.
 */
@Table("access_token")
public class AccessToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String PREFIX = "pjl_";

    @Id
    private final UUID id;
    private final UUID userId;
    private final String name;
    private final String tokenHash;
    private final Instant createdAt;
    private Instant lastUsedAt;
    private Instant revokedAt;
    private final Instant expiresAt;
    @Version
    private Long version;

    @PersistenceCreator
    AccessToken(UUID id, UUID userId, String name, String tokenHash, Instant createdAt, Instant lastUsedAt,
                Instant revokedAt, Instant expiresAt, Long version) {
        this.id = id;
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.lastUsedAt = lastUsedAt;
        this.revokedAt = revokedAt;
        this.expiresAt = expiresAt;
        this.version = version;
    }

    static AccessToken issue(UUID userId, String name, String secret, Instant expiresAt, Instant now) {
        return new AccessToken(UUID.randomUUID(), userId, name, hash(secret), now, null, null, expiresAt, null);
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** Neither revoked nor past its expiry. */
    public boolean active(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
