package dk.pejling.proceedings.store;

import dk.pejling.proceedings.Person;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface PersonRepository extends ListCrudRepository<Person, UUID> {

    @Query("SELECT * FROM proceedings_person WHERE body_id = :bodyId AND name = :name")
    Optional<Person> findByName(@Param("bodyId") UUID bodyId, @Param("name") String name);

    @Query("SELECT * FROM proceedings_person WHERE id IN (:ids) ORDER BY name")
    List<Person> findByIds(@Param("ids") Collection<UUID> ids);
}
