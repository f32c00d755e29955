package dk.pejling.archive.engine;

import dk.pejling.shared.Redaction;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The rows of scope {@code public}: of each table a module declared ({@code ArchiveContributor#publishedAs}),
 * the rows of the records the portal publishes, with the declared internal columns empty and marked
 * names replaced by the public's labels (one set of labels per archive, as an export does); the shared
 * tables (organisations) whole; every other table, the audit log included, left out. Ids are written
 * into the SQL as literals: they are UUIDs, and a list of them can be longer than a statement's
 * parameters may be.
 */
public final class PublicFilter implements ArchiveWriter.RowFilter {

    private static final ArchiveWriter.Condition NONE = new ArchiveWriter.Condition("1 = 0", List.of());

    private final Map<String, String> rules;
    private final Map<String, Set<String>> withheld;
    private final Set<String> shared;
    private final Map<String, Set<UUID>> published;
    private final Redaction.Labels labels = new Redaction.Labels();

    public PublicFilter(Map<String, String> rules, Map<String, Set<String>> withheld, Set<String> shared,
                        Map<String, Set<UUID>> published) {
        this.rules = Map.copyOf(rules);
        this.withheld = Map.copyOf(withheld);
        this.shared = Set.copyOf(shared);
        this.published = Map.copyOf(published);
    }

    @Override
    public ArchiveWriter.Condition condition(TableSchema table) {
        if (table.isAudit()) {
            return NONE;
        }
        if (shared.contains(table.name())) {
            return null;
        }
        String rule = rules.get(table.name());
        if (rule == null) {
            return NONE;
        }
        int colon = rule.indexOf(':');
        String kind = colon < 0 ? rule : rule.substring(0, colon);
        String column = colon < 0 ? "id" : rule.substring(colon + 1);
        Set<UUID> ids = published.getOrDefault(kind, Set.of());
        if (ids.isEmpty()) {
            return NONE;
        }
        String list = ids.stream().sorted().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
        return new ArchiveWriter.Condition("t." + Sql.quote(column) + " IN (" + list + ")", List.of());
    }

    @Override
    public String cell(TableSchema table, String column, String value) {
        if (value == null || withheld.getOrDefault(table.name(), Set.of()).contains(column)) {
            return null;
        }
        return labels.publish(value);
    }
}
