package dk.pejling.proceedings.store;

import dk.pejling.proceedings.Meeting;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface MeetingRepository extends ListCrudRepository<Meeting, UUID> {

    @Query("SELECT * FROM meeting WHERE committee_id = :committeeId AND deleted = FALSE ORDER BY meeting_date DESC, id")
    List<Meeting> findByCommittee(@Param("committeeId") UUID committeeId);

    @Query("SELECT * FROM meeting WHERE id IN (:ids)")
    List<Meeting> findByIds(@Param("ids") Collection<UUID> ids);

    @Query("SELECT * FROM meeting WHERE deleted = FALSE ORDER BY meeting_date DESC, id LIMIT :limit")
    List<Meeting> findLatest(@Param("limit") int limit);
}
