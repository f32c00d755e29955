package dk.pejling.archive;

import dk.pejling.archive.engine.ArchiveWriter;
import dk.pejling.archive.engine.OwnershipFilter;
import dk.pejling.shared.InvalidInputException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Which rows each scope takes, from what the modules declared ({@link ArchiveContributor#ownedBy},
 * {@link ArchiveContributor#sharedTables}); the archive itself knows no module's tables.
 */
@Component
class ArchiveScopes {

    private final List<ArchiveContributor> contributors;

    ArchiveScopes(List<ArchiveContributor> contributors) {
        this.contributors = contributors;
    }

    ArchiveWriter.RowFilter filter(ArchiveScope scope, UUID organisation) {
        return switch (scope) {
            case ALL -> ArchiveWriter.RowFilter.ALL;
            case ORGANISATION -> {
                Map<String, String> rules = new HashMap<>();
                Set<String> shared = new HashSet<>();
                contributors.forEach(c -> {
                    rules.putAll(c.ownedBy());
                    shared.addAll(c.sharedTables());
                });
                yield new OwnershipFilter(rules, shared, organisation);
            }
            // Not built: the open subset needs each module's visibility rules (internal goals, closed agenda
            // items) through the same SPI; refused rather than guessed, so nothing internal can leak.
            case PUBLIC -> throw new InvalidInputException("scope", "scope public is not available yet");
        };
    }
}
