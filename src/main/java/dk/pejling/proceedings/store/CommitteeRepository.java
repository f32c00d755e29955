package dk.pejling.proceedings.store;

import dk.pejling.proceedings.Committee;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface CommitteeRepository extends ListCrudRepository<Committee, UUID> {

    @Query("SELECT * FROM committee WHERE body_id = :bodyId AND LOWER(name) = LOWER(:name)")
    Optional<Committee> findByName(@Param("bodyId") UUID bodyId, @Param("name") String name);

    @Query("SELECT * FROM committee ORDER BY kind, name, id")
    List<Committee> findAllOrdered();
}
