package dk.pejling.organisation.store;

import dk.pejling.archive.ArchiveContributor;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The register of organisations is shared by every partner: a partner's exit archive takes the
 * organisation itself and, listed as shared records, the organisations its records refer to.
 */
@Component
class OrganisationArchive implements ArchiveContributor {

    @Override
    public Set<String> sharedTables() {
        return Set.of("organisation");
    }

    @Override
    public Map<String, String> ownedBy() {
        return Map.of("organisation", "t.id = ?");
    }
}
