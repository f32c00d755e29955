package dk.pejling.organisation.store;

import dk.pejling.organisation.Organisation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface OrganisationRepository extends ListCrudRepository<Organisation, UUID> {

    Optional<Organisation> findBySlug(String slug);

    List<Organisation> findAllByOrderByName();

    @Query("""
            SELECT * FROM organisation
            WHERE CAST(:pattern AS VARCHAR) IS NULL OR LOWER(name) LIKE :pattern OR LOWER(short_name) LIKE :pattern
            ORDER BY name LIMIT :limit OFFSET :offset""")
    List<Organisation> search(@Param("pattern") String pattern, @Param("limit") int limit, @Param("offset") long offset);

    @Query("""
            SELECT COUNT(*) FROM organisation
            WHERE CAST(:pattern AS VARCHAR) IS NULL OR LOWER(name) LIKE :pattern OR LOWER(short_name) LIKE :pattern""")
    long countMatching(@Param("pattern") String pattern);
}
