package dk.pejling.strategy.store;

import dk.pejling.strategy.Strategy;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface StrategyRepository extends ListCrudRepository<Strategy, UUID> {

    Optional<Strategy> findBySlug(String slug);

    /** Strategies that point at this one, for "what builds on this?" on the strategy page. */
    @Query("SELECT s.* FROM strategy s JOIN strategy_relation r ON r.strategy_id = s.id WHERE r.target_id = :id ORDER BY s.title")
    List<Strategy> findRelatedTo(@Param("id") UUID id);
}
