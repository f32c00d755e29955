package dk.pejling.indicator.store;

import dk.pejling.indicator.Measurement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface MeasurementRepository extends ListCrudRepository<Measurement, UUID> {

    @Query("SELECT * FROM indicator_measurement WHERE indicator_id = :indicatorId ORDER BY period, step, entered_at")
    List<Measurement> findAllOf(@Param("indicatorId") UUID indicatorId);

    @Query("""
            SELECT * FROM indicator_measurement WHERE indicator_id = :indicatorId AND superseded_at IS NULL
             ORDER BY period, step""")
    List<Measurement> findCurrentOf(@Param("indicatorId") UUID indicatorId);

    /** The current value for one period and ladder step (null step: none). */
    @Query("""
            SELECT * FROM indicator_measurement WHERE indicator_id = :indicatorId AND superseded_at IS NULL
               AND period = :period AND (step = :step OR (step IS NULL AND CAST(:step AS VARCHAR) IS NULL))""")
    Optional<Measurement> findCurrent(@Param("indicatorId") UUID indicatorId, @Param("period") String period,
                                      @Param("step") String step);
}
