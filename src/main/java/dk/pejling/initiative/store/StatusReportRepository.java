package dk.pejling.initiative.store;

import dk.pejling.initiative.StatusReport;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface StatusReportRepository extends ListCrudRepository<StatusReport, UUID> {

    @Query("SELECT * FROM status_report WHERE round_id = :roundId")
    List<StatusReport> findByRound(@Param("roundId") UUID roundId);

    @Query("SELECT * FROM status_report WHERE round_id = :roundId AND initiative_id = :initiativeId")
    Optional<StatusReport> findFor(@Param("roundId") UUID roundId, @Param("initiativeId") UUID initiativeId);

    @Query("SELECT * FROM status_report WHERE initiative_id = :initiativeId")
    List<StatusReport> findByInitiative(@Param("initiativeId") UUID initiativeId);
}
