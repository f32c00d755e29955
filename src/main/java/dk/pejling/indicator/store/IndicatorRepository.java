package dk.pejling.indicator.store;

import dk.pejling.indicator.Indicator;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface IndicatorRepository extends ListCrudRepository<Indicator, UUID> {

    Optional<Indicator> findBySlug(String slug);

    @Query("""
            SELECT i.* FROM indicator i
             WHERE (:all = TRUE
                    OR (i.visibility = 'PUBLIC' AND NOT EXISTS (SELECT 1 FROM indicator_goal ig
                          JOIN indicator_goal_mirror g ON g.goal_id = ig.goal_id
                         WHERE ig.indicator_id = i.id AND g.internal = TRUE))
                    OR EXISTS (SELECT 1 FROM indicator_goal ig JOIN indicator_goal_mirror g ON g.goal_id = ig.goal_id
                         WHERE ig.indicator_id = i.id AND g.strategy_id IN (:readable)))
               AND (CAST(:pattern AS VARCHAR) IS NULL OR LOWER(i.name) LIKE :pattern OR LOWER(i.definition) LIKE :pattern)
               AND (CAST(:goalId AS UUID) IS NULL OR EXISTS (SELECT 1 FROM indicator_goal g WHERE g.indicator_id = i.id AND g.goal_id = :goalId))
             ORDER BY i.name, i.id LIMIT :limit OFFSET :offset""")
    List<Indicator> search(@Param("pattern") String pattern, @Param("goalId") UUID goalId,
                           @Param("all") boolean all, @Param("readable") java.util.Collection<UUID> readable, @Param("limit") int limit, @Param("offset") long offset);

    @Query("""
            SELECT COUNT(*) FROM indicator i
             WHERE (:all = TRUE
                    OR (i.visibility = 'PUBLIC' AND NOT EXISTS (SELECT 1 FROM indicator_goal ig
                          JOIN indicator_goal_mirror g ON g.goal_id = ig.goal_id
                         WHERE ig.indicator_id = i.id AND g.internal = TRUE))
                    OR EXISTS (SELECT 1 FROM indicator_goal ig JOIN indicator_goal_mirror g ON g.goal_id = ig.goal_id
                         WHERE ig.indicator_id = i.id AND g.strategy_id IN (:readable)))
               AND (CAST(:pattern AS VARCHAR) IS NULL OR LOWER(i.name) LIKE :pattern OR LOWER(i.definition) LIKE :pattern)
               AND (CAST(:goalId AS UUID) IS NULL OR EXISTS (SELECT 1 FROM indicator_goal g WHERE g.indicator_id = i.id AND g.goal_id = :goalId))""")
    long countMatching(@Param("pattern") String pattern, @Param("goalId") UUID goalId, @Param("all") boolean all, @Param("readable") java.util.Collection<UUID> readable);

    @Query("SELECT id FROM indicator WHERE id = :id FOR UPDATE")
    UUID lock(@Param("id") UUID id);
}
