package dk.pejling.strategy.store;

import dk.pejling.strategy.Strategy;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface StrategyRepository extends ListCrudRepository<Strategy, UUID> {

    Optional<Strategy> findBySlug(String slug);

    /** The ids of every stored document (a link with a file), for the sweep of orphaned files. */
    @Query("SELECT id FROM strategy_link WHERE file_name IS NOT NULL")
    List<UUID> findDocumentIds();
}
