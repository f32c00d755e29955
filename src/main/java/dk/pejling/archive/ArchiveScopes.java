package dk.pejling.archive;

import dk.pejling.archive.engine.ArchiveWriter;
import dk.pejling.shared.InvalidInputException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Which rows each scope takes. */
@Component
class ArchiveScopes {

    ArchiveWriter.RowFilter filter(ArchiveScope scope, UUID organisation) {
        if (scope == ArchiveScope.ALL) {
            return ArchiveWriter.RowFilter.ALL;
        }
        throw new InvalidInputException("scope", "only scope all is available in this version");
    }
}
