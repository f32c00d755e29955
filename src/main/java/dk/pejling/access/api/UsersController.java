package dk.pejling.access.api;

import dk.pejling.access.Role;
import dk.pejling.access.UserAdministration;
import dk.pejling.access.UserAdministration.Account;
import dk.pejling.access.UserAdministration.Reset;
import dk.pejling.shared.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts, for administrators only; anybody else gets 403. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Local accounts: create, edit, deactivate and reactivate, reset a password, lift a login throttle (administrators)")
class UsersController {

    private final UserAdministration users;

    UsersController(UserAdministration users) {
        this.users = users;
    }

    record CreateRequest(String username, String displayName, String email, UUID organisationId, Set<Role> roles,
                         String password) {
    }

    /**
     * Without a password a temporary one is made; the user must change it at next login. The user's
     * sessions always end; {@code revokeTokens: true} confirms that their API tokens are revoked too.
     */
    record PasswordRequest(String password, Boolean revokeTokens) {
    }

    /** The temporary password, shown once; absent when the administrator chose the password. */
    record PasswordAnswer(UUID userId, String temporaryPassword, boolean mustChangePassword, int sessionsEnded,
                          int tokensRevoked) {
        static PasswordAnswer of(Reset reset) {
            return new PasswordAnswer(reset.userId(), reset.temporaryPassword(), true, reset.sessionsEnded(),
                    reset.tokensRevoked());
        }
    }

    @GetMapping
    @Operation(summary = "List all accounts")
    List<Account> list(Viewer viewer) {
        return users.list(viewer);
    }

    @GetMapping("/{id}")
    Account get(@PathVariable UUID id, Viewer viewer) {
        return users.get(id, viewer);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a local account with an organisation and global roles")
    PasswordAnswer create(@RequestBody CreateRequest request, Viewer viewer) {
        return PasswordAnswer.of(users.create(request.username(), request.displayName(), request.email(),
                request.organisationId(), request.roles(), request.password(), viewer));
    }

    /** Name, e-mail, organisation and roles of a local account, with the version read (409 when stale). */
    record EditRequest(String displayName, String email, UUID organisationId, Set<Role> roles, Long version) {
    }

    record VersionRequest(Long version) {
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a local account's name, e-mail, organisation and roles (409 when the version is stale)")
    Account edit(@PathVariable UUID id, @RequestBody EditRequest request, Viewer viewer) {
        return users.edit(id, request.version(), request.displayName(), request.email(),
                request.organisationId(), request.roles(), viewer);
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Deactivate an account: no login, its sessions end, its API tokens stop working (409 when the version is stale)")
    Account deactivate(@PathVariable UUID id, @RequestBody(required = false) VersionRequest request, Viewer viewer) {
        return users.deactivate(id, request == null ? null : request.version(), viewer);
    }

    @PostMapping("/{id}/reactivate")
    @Operation(summary = "Reactivate a deactivated account (409 when the version is stale)")
    Account reactivate(@PathVariable UUID id, @RequestBody(required = false) VersionRequest request, Viewer viewer) {
        return users.reactivate(id, request == null ? null : request.version(), viewer);
    }

    @PostMapping("/{id}/password-reset")
    @Operation(summary = "Set a new password (or make a temporary one), end the user's sessions and lift the login "
            + "throttle; with revokeTokens: true also revoke their API tokens. The user must change it at next login")
    PasswordAnswer resetPassword(@PathVariable UUID id, @RequestBody(required = false) PasswordRequest request,
                                 Viewer viewer) {
        boolean revoke = request != null && Boolean.TRUE.equals(request.revokeTokens());
        return PasswordAnswer.of(users.resetPassword(id, request == null ? null : request.password(), revoke, viewer));
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "Lift the login throttle of an account after many failed logins (the account is never locked)")
    Account unlock(@PathVariable UUID id, Viewer viewer) {
        return users.unlock(id, viewer);
    }
}
