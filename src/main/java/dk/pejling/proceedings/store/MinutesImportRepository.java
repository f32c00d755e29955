package dk.pejling.proceedings.store;

import dk.pejling.proceedings.MinutesImport;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface MinutesImportRepository extends ListCrudRepository<MinutesImport, UUID> {

    /** Drafts still being read (or left so by a server that stopped while reading). */
    @Query("SELECT * FROM minutes_import WHERE state = 'READING'")
    List<MinutesImport> findReading();
}
