package dk.pejling.initiative.store;

import dk.pejling.initiative.Initiative;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface InitiativeRepository extends ListCrudRepository<Initiative, UUID> {

    @Query("SELECT * FROM initiative WHERE strategy_id = :strategyId ORDER BY sort_order, number")
    List<Initiative> findByStrategy(@Param("strategyId") UUID strategyId);

    /** The parts of one initiative, without loading the rest of its strategy (initiative_parent_idx). */
    @Query("SELECT * FROM initiative WHERE parent_id = :parentId ORDER BY sort_order, number")
    List<Initiative> findByParent(@Param("parentId") UUID parentId);

    @Query("SELECT COALESCE(MAX(sort_order) + 1, 0) FROM initiative WHERE strategy_id = :strategyId")
    int nextOrder(@Param("strategyId") UUID strategyId);

    @Query("""
            SELECT i.* FROM initiative i JOIN initiative_strategy_mirror s ON s.strategy_id = i.strategy_id
             WHERE ((i.visibility = 'PUBLIC' AND s.visibility = 'PUBLIC') OR :all = TRUE OR i.strategy_id IN (:readable))
               AND (CAST(:strategyId AS UUID) IS NULL OR i.strategy_id = :strategyId)
               AND (CAST(:pattern AS VARCHAR) IS NULL OR LOWER(i.title) LIKE :pattern OR LOWER(i.number) LIKE :pattern
                    OR LOWER(i.description) LIKE :pattern)
             ORDER BY s.title, i.sort_order, i.number, i.id LIMIT :limit OFFSET :offset""")
    List<Initiative> search(@Param("strategyId") UUID strategyId, @Param("pattern") String pattern,
                            @Param("all") boolean all, @Param("readable") Collection<UUID> readable, @Param("limit") int limit, @Param("offset") long offset);

    @Query("""
            SELECT COUNT(*) FROM initiative i JOIN initiative_strategy_mirror s ON s.strategy_id = i.strategy_id
             WHERE ((i.visibility = 'PUBLIC' AND s.visibility = 'PUBLIC') OR :all = TRUE OR i.strategy_id IN (:readable))
               AND (CAST(:strategyId AS UUID) IS NULL OR i.strategy_id = :strategyId)
               AND (CAST(:pattern AS VARCHAR) IS NULL OR LOWER(i.title) LIKE :pattern OR LOWER(i.number) LIKE :pattern
                    OR LOWER(i.description) LIKE :pattern)""")
    long countMatching(@Param("strategyId") UUID strategyId, @Param("pattern") String pattern,
                       @Param("all") boolean all, @Param("readable") Collection<UUID> readable);

    @Query("SELECT * FROM initiative WHERE id IN (:ids)")
    List<Initiative> findByIds(@Param("ids") Collection<UUID> ids);
}
