package dk.pejling.proceedings.store;

import dk.pejling.proceedings.Body;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface BodyRepository extends ListCrudRepository<Body, UUID> {

    @Query("SELECT * FROM proceedings_body WHERE organisation_id = :organisationId")
    Optional<Body> findByOrganisation(@Param("organisationId") UUID organisationId);

    @Query("SELECT * FROM proceedings_body ORDER BY name, id")
    List<Body> findAllOrdered();
}
