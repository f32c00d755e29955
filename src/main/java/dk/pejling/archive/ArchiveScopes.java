package dk.pejling.archive;

import dk.pejling.archive.engine.ArchiveWriter;
import dk.pejling.archive.engine.OwnershipFilter;
import dk.pejling.archive.engine.PublicFilter;
import dk.pejling.shared.InvalidInputException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Which rows each scope takes, from what the modules declared ({@link ArchiveContributor#ownedBy},
 * {@link ArchiveContributor#sharedTables}); the archive itself knows no module's tables.
 */
@Component
class ArchiveScopes {

    private final List<ArchiveContributor> contributors;
    private final ObjectProvider<PublishedRecords> published;

    ArchiveScopes(List<ArchiveContributor> contributors, ObjectProvider<PublishedRecords> published) {
        this.contributors = contributors;
        this.published = published;
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
            // The open subset: the records the portal publishes (its rules, not the archive's), in the
            // tables their modules declared; refused when no module says what is published.
            case PUBLIC -> {
                PublishedRecords records = published.getIfAvailable();
                if (records == null) {
                    throw new InvalidInputException("scope", "scope public is not available: nothing says what is published");
                }
                Map<String, String> rules = new HashMap<>();
                Map<String, String> conditions = new HashMap<>();
                Map<String, Set<String>> withheld = new HashMap<>();
                Set<String> shared = new HashSet<>();
                contributors.forEach(c -> {
                    rules.putAll(c.publishedAs());
                    conditions.putAll(c.publicRows());
                    withheld.putAll(c.withheldFromPublic());
                    shared.addAll(c.sharedTables());
                });
                yield new PublicFilter(rules, conditions, withheld, shared, records.published());
            }
        };
    }
}
