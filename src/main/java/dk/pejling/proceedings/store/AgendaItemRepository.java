package dk.pejling.proceedings.store;

import dk.pejling.proceedings.AgendaItem;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface AgendaItemRepository extends ListCrudRepository<AgendaItem, UUID> {

    @Query("SELECT * FROM agenda_item WHERE meeting_id = :meetingId AND deleted = FALSE ORDER BY sort_order, id")
    List<AgendaItem> findByMeeting(@Param("meetingId") UUID meetingId);

    @Query("SELECT * FROM agenda_item WHERE case_id = :caseId AND deleted = FALSE")
    List<AgendaItem> findByCase(@Param("caseId") UUID caseId);

    /** Items that concern one of these records (a strategy and its goals and initiatives). */
    @Query("""
            SELECT DISTINCT a.* FROM agenda_item a JOIN agenda_item_link l ON l.agenda_item_id = a.id
             WHERE l.target_id IN (:targets) AND a.deleted = FALSE""")
    List<AgendaItem> findLinkedTo(@Param("targets") java.util.Collection<UUID> targets);

    @Query("""
            SELECT COUNT(*) FROM agenda_item a JOIN agenda_item_link l ON l.agenda_item_id = a.id
             WHERE l.target_id = :target AND a.deleted = FALSE""")
    long countLinkedTo(@Param("target") UUID target);

    /**
     * Title search for everyone; the content of a closed item is searched only for a viewer who may read
     * it ({@code allClosed}, or its meeting's committee among {@code committees}: ClosedAccess), so a hit
     * never reveals what a closed item says.
     */
    @Query("""
            SELECT a.* FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id
             WHERE a.deleted = FALSE AND m.deleted = FALSE
               AND (LOWER(a.title) LIKE :pattern
                    OR ((a.closed = FALSE OR :allClosed = TRUE OR m.committee_id IN (:committees))
                        AND (LOWER(a.description) LIKE :pattern OR LOWER(a.decision) LIKE :pattern
                             OR LOWER(a.recommendation) LIKE :pattern OR LOWER(a.case_number) LIKE :pattern)))
             ORDER BY m.meeting_date DESC, a.sort_order, a.id LIMIT :limit OFFSET :offset""")
    List<AgendaItem> search(@Param("pattern") String pattern, @Param("allClosed") boolean allClosed,
                            @Param("committees") java.util.Collection<UUID> committees,
                            @Param("limit") int limit, @Param("offset") long offset);

    @Query("""
            SELECT COUNT(*) FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id
             WHERE a.deleted = FALSE AND m.deleted = FALSE
               AND (LOWER(a.title) LIKE :pattern
                    OR ((a.closed = FALSE OR :allClosed = TRUE OR m.committee_id IN (:committees))
                        AND (LOWER(a.description) LIKE :pattern OR LOWER(a.decision) LIKE :pattern
                             OR LOWER(a.recommendation) LIKE :pattern OR LOWER(a.case_number) LIKE :pattern)))""")
    long countMatching(@Param("pattern") String pattern, @Param("allClosed") boolean allClosed,
                       @Param("committees") java.util.Collection<UUID> committees);
}
