package dk.pejling.indicator.store;

import dk.pejling.indicator.ManualVerdict;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface ManualVerdictRepository extends ListCrudRepository<ManualVerdict, UUID> {

    @Query("SELECT * FROM indicator_manual_verdict WHERE goal_id = :goalId AND period = :period")
    Optional<ManualVerdict> findFor(@Param("goalId") UUID goalId, @Param("period") String period);

    @Query("SELECT * FROM indicator_manual_verdict WHERE goal_id IN (:goalIds)")
    List<ManualVerdict> findForGoals(@Param("goalIds") Collection<UUID> goalIds);
}
