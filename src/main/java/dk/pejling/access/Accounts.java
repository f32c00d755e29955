package dk.pejling.access;

import dk.pejling.access.store.UserRepository;
import dk.pejling.shared.AuditAction;
import dk.pejling.shared.AuditEvent;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and their passwords: creating one, the user's own password and e-mail, and who can be written to. */
@Service
@Transactional
public class Accounts {

    private static final PasswordPolicy POLICY = PasswordPolicy.shipped();

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Accounts(UserRepository users, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.events = events;
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

    @Transactional(readOnly = true)
    public Optional<User> findUser(String username) {
        return users.findByUsername(username);
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

    /** Whom a reminder can go to. */
    public record Contact(UUID userId, String name, String email, UUID organisationId, Set<Role> roles) {
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
