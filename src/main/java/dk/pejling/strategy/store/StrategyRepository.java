package dk.pejling.strategy.store;

import dk.pejling.strategy.Strategy;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface StrategyRepository extends ListCrudRepository<Strategy, UUID> {

    Optional<Strategy> findBySlug(String slug);
}
