package dk.pejling.initiative.store;

import dk.pejling.initiative.ReportingRound;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface ReportingRoundRepository extends ListCrudRepository<ReportingRound, UUID> {

    @Query("SELECT * FROM reporting_round WHERE strategy_id = :strategyId ORDER BY as_of DESC, opened_at DESC")
    List<ReportingRound> findByStrategy(@Param("strategyId") UUID strategyId);

    @Query("SELECT * FROM reporting_round WHERE state = 'OPEN' ORDER BY due_date")
    List<ReportingRound> findOpen();

    @Query("SELECT id FROM reporting_round WHERE id = :id FOR UPDATE")
    UUID lock(@Param("id") UUID id);
}
