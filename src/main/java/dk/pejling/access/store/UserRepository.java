package dk.pejling.access.store;

import dk.pejling.access.User;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface UserRepository extends ListCrudRepository<User, UUID> {

    Optional<User> findByUsername(String username);

    Optional<User> findByOidcIssuerAndOidcSubject(String oidcIssuer, String oidcSubject);

    List<User> findAllByOrderByUsername();
}
