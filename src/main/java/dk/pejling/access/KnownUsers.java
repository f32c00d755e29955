package dk.pejling.access;

import dk.pejling.access.store.UserRepository;
import dk.pejling.shared.UserDirectory;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The accounts as other modules may ask about them: only whether one exists. */
@Component
class KnownUsers implements UserDirectory {

    private final UserRepository users;

    KnownUsers(UserRepository users) {
        this.users = users;
    }

    @Override
    public boolean exists(UUID userId) {
        return userId != null && users.existsById(userId);
    }
}
