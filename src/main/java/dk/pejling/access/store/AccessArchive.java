package dk.pejling.access.store;

import dk.pejling.archive.ArchiveContributor;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * An installation that is otherwise empty has the account that signs in to restore an archive (and
 * its tokens): a restore replaces them with the archive's accounts.
 */
@Component
class AccessArchive implements ArchiveContributor {

    @Override
    public Set<String> replacedOnRestore() {
        return Set.of("access_user", "access_token");
    }
}
