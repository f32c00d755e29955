package dk.pejling.proceedings.store;

import dk.pejling.proceedings.LegislativeTerm;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface LegislativeTermRepository extends ListCrudRepository<LegislativeTerm, UUID> {

    @Query("SELECT * FROM legislative_term WHERE body_id = :bodyId ORDER BY start_date, id")
    List<LegislativeTerm> findByBody(@Param("bodyId") UUID bodyId);
}
