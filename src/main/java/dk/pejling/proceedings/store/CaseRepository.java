package dk.pejling.proceedings.store;

import dk.pejling.proceedings.ProceedingsCase;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface CaseRepository extends ListCrudRepository<ProceedingsCase, UUID> {

    @Query("SELECT * FROM proceedings_case WHERE body_id = :bodyId AND case_number = :caseNumber")
    Optional<ProceedingsCase> findByNumber(@Param("bodyId") UUID bodyId, @Param("caseNumber") String caseNumber);
}
