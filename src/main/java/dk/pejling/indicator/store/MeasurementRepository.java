package dk.pejling.indicator.store;

import dk.pejling.indicator.Measurement;
import java.util.List;
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
}
