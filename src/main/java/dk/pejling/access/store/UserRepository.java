package dk.pejling.access.store;

import dk.pejling.access.User;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface UserRepository extends ListCrudRepository<User, UUID> {

    Optional<User> findByUsername(String username);
}
