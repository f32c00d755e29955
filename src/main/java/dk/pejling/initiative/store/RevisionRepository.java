package dk.pejling.initiative.store;

import dk.pejling.initiative.StatusReportRevision;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Append-only: there is deliberately no update or delete here. */
public interface RevisionRepository extends Repository<StatusReportRevision, UUID> {

    StatusReportRevision save(StatusReportRevision revision);

    @Query("SELECT * FROM status_report_revision WHERE report_id = :reportId ORDER BY revision, happened_at")
    List<StatusReportRevision> findByReport(@Param("reportId") UUID reportId);
}
