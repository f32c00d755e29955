package dk.pejling.access.api;

import dk.pejling.access.AccessTokens;
import dk.pejling.access.AccessToken;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's personal API tokens. The secret is answered once, when the token is made. */
@RestController
@RequestMapping("/api/v1/me/tokens")
@Tag(name = "My API tokens", description = "Personal tokens for Authorization: Bearer; stored hashed, shown once")
class MyTokensController {

    static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private final AccessTokens accessTokens;

    MyTokensController(AccessTokens accessTokens) {
        this.accessTokens = accessTokens;
    }

    /**
     * @param expiresAt an instant, or a date meaning the end of that day in Denmark; none: until revoked
     */
    record CreateRequest(String name, String expiresAt) {
    }

    record TokenDto(UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant expiresAt, Instant revokedAt) {
        static TokenDto of(AccessToken token) {
            return new TokenDto(token.id(), token.name(), token.createdAt(), token.lastUsedAt(), token.expiresAt(),
                    token.revokedAt());
        }
    }

    record CreatedToken(UUID id, String name, Instant createdAt, Instant expiresAt, String token) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a token; the answer holds the secret, which is never shown again")
    CreatedToken create(@RequestBody CreateRequest request, Viewer viewer) {
        var issued = accessTokens.issueToken(viewer.userId(), request.name(), expiry(request.expiresAt()));
        AccessToken token = issued.token();
        return new CreatedToken(token.id(), token.name(), token.createdAt(), token.expiresAt(), issued.secret());
    }

    @GetMapping
    @Operation(summary = "List my tokens, without their secrets")
    List<TokenDto> list(Viewer viewer) {
        return accessTokens.tokensOf(viewer.userId()).stream().map(TokenDto::of).toList();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a token; it is refused from the next request on")
    void revoke(@PathVariable UUID id, Viewer viewer) {
        accessTokens.revokeToken(viewer.userId(), id);
    }

    static Instant expiry(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return raw.contains("T") ? Instant.parse(raw.strip())
                    : LocalDate.parse(raw.strip()).plusDays(1).atStartOfDay(DENMARK).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("expiresAt", "has an invalid value");
        }
    }
}
