package dk.pejling.proceedings.store;

import dk.pejling.proceedings.MinutesImport;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface MinutesImportRepository extends ListCrudRepository<MinutesImport, UUID> {
}
