package dk.pejling.proceedings.store;

import dk.pejling.proceedings.ProceedingsCase;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface CaseRepository extends ListCrudRepository<ProceedingsCase, UUID> {

    @Query("SELECT * FROM proceedings_case WHERE body_id = :bodyId AND case_number = :caseNumber")
    Optional<ProceedingsCase> findByNumber(@Param("bodyId") UUID bodyId, @Param("caseNumber") String caseNumber);

    /** The body's cases with any of these numbers, in one query (a minutes import names hundreds). */
    @Query("SELECT * FROM proceedings_case WHERE body_id = :bodyId AND case_number IN (:caseNumbers)")
    List<ProceedingsCase> findByNumbers(@Param("bodyId") UUID bodyId, @Param("caseNumbers") Collection<String> caseNumbers);
}
