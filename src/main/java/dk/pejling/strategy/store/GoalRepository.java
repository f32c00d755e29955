package dk.pejling.strategy.store;

import dk.pejling.strategy.Goal;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface GoalRepository extends ListCrudRepository<Goal, UUID> {

    /** A strategy's whole goal tree, flat; read by the goal row mapper of the strategy module (plain JDBC getters). */
    @Query(value = "SELECT * FROM strategy_goal WHERE strategy_id = :strategyId ORDER BY sort_order, code",
            rowMapperRef = "goalRowMapper")
    List<Goal> findByStrategy(@Param("strategyId") UUID strategyId);

    @Query("SELECT COALESCE(MAX(sort_order) + 1, 0) FROM strategy_goal WHERE strategy_id = :strategyId AND "
            + "((CAST(:parentId AS UUID) IS NULL AND parent_id IS NULL) OR parent_id = :parentId)")
    int nextOrder(@Param("strategyId") UUID strategyId, @Param("parentId") UUID parentId);

    /**
     * Goals across strategies. A goal's stored visibility is already its effective one (an internal
     * ancestor makes it internal, see GoalService), so one check per row and one for its strategy suffice.
     */
    @Query("""
            SELECT g.* FROM strategy_goal g JOIN strategy s ON s.id = g.strategy_id
             WHERE ((g.visibility = 'PUBLIC' AND s.visibility = 'PUBLIC') OR :all = TRUE OR g.strategy_id IN (:readable))
               AND (CAST(:strategyId AS UUID) IS NULL OR g.strategy_id = :strategyId)
               AND (CAST(:pattern AS VARCHAR) IS NULL OR LOWER(g.title) LIKE :pattern
                    OR LOWER(g.description) LIKE :pattern OR LOWER(g.code) LIKE :pattern)
             ORDER BY s.title, g.sort_order, g.code, g.id
             LIMIT :limit OFFSET :offset""")
    List<Goal> search(@Param("strategyId") UUID strategyId, @Param("pattern") String pattern,
                      @Param("all") boolean all, @Param("readable") java.util.Collection<UUID> readable, @Param("limit") int limit, @Param("offset") long offset);

    @Query("""
            SELECT COUNT(*) FROM strategy_goal g JOIN strategy s ON s.id = g.strategy_id
             WHERE ((g.visibility = 'PUBLIC' AND s.visibility = 'PUBLIC') OR :all = TRUE OR g.strategy_id IN (:readable))
               AND (CAST(:strategyId AS UUID) IS NULL OR g.strategy_id = :strategyId)
               AND (CAST(:pattern AS VARCHAR) IS NULL OR LOWER(g.title) LIKE :pattern
                    OR LOWER(g.description) LIKE :pattern OR LOWER(g.code) LIKE :pattern)""")
    long countMatching(@Param("strategyId") UUID strategyId, @Param("pattern") String pattern,
                       @Param("all") boolean all, @Param("readable") java.util.Collection<UUID> readable);
}
