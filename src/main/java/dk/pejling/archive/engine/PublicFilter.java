package dk.pejling.archive.engine;

import dk.pejling.shared.Redaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rows of scope {@code public}: of each table a module declared, the rows of the records the
 * portal publishes ({@code ArchiveContributor#publishedAs}) or the rows the module's own public face
 * shows ({@code ArchiveContributor#publicRows}, a condition that may name the published ids as
 * {@code {published:kind}}); the shared tables (organisations) whole; every other table, the audit log
 * included, left out. A row is taken only when every row it refers to is taken too (outside the shared
 * tables and the withheld columns, which are written empty), so a public archive never points at a
 * record it leaves out and restores into an empty installation. Declared internal columns are written
 * empty (NULL, or the empty text where the column requires a value) and marked names are replaced by
 * the public's labels (one set of labels per archive, as an export does). Ids are written into the SQL
 * as literals: they are UUIDs, and a list of them can be longer than a statement's parameters may be.
 */
public final class PublicFilter implements ArchiveWriter.RowFilter {

    private static final String NONE_SQL = "1 = 0";
    private static final ArchiveWriter.Condition NONE = new ArchiveWriter.Condition(NONE_SQL, List.of());
    private static final Pattern PUBLISHED = Pattern.compile("\\{published:([a-z_]+)}");
    private static final Pattern ALIAS = Pattern.compile("\\bt\\.");
    /** Deep enough for the longest chain of declared tables (a revision's report's round's strategy). */
    private static final int MAX_DEPTH = 8;

    private final Map<String, String> rules;
    private final Map<String, String> conditions;
    private final Map<String, Set<String>> withheld;
    private final Set<String> shared;
    private final Map<String, Set<UUID>> published;
    private final Map<String, TableSchema> tables;
    private final Redaction.Labels labels = new Redaction.Labels();
    private int aliases;

    /**
     * Unbound: the writer binds it to the tables it reads ({@link #forTables}).
     *
     * @param rules      per table, {@code kind} or {@code kind:column} of the published records that choose its rows
     * @param conditions per table, a SQL condition on alias {@code t} (for a table without a rule)
     */
    public PublicFilter(Map<String, String> rules, Map<String, String> conditions, Map<String, Set<String>> withheld,
                        Set<String> shared, Map<String, Set<UUID>> published) {
        this(rules, conditions, withheld, shared, published, List.of());
    }

    private PublicFilter(Map<String, String> rules, Map<String, String> conditions, Map<String, Set<String>> withheld,
                         Set<String> shared, Map<String, Set<UUID>> published, List<TableSchema> tables) {
        this.rules = Map.copyOf(rules);
        this.conditions = Map.copyOf(conditions);
        this.withheld = Map.copyOf(withheld);
        this.shared = Set.copyOf(shared);
        this.published = Map.copyOf(published);
        this.tables = tables.stream().collect(Collectors.toMap(TableSchema::name, t -> t));
    }

    @Override
    public ArchiveWriter.RowFilter forTables(List<TableSchema> schema) {
        return new PublicFilter(rules, conditions, withheld, shared, published, schema);
    }

    @Override
    public ArchiveWriter.Condition condition(TableSchema table) {
        if (table.isAudit()) {
            return NONE;
        }
        if (shared.contains(table.name())) {
            return null;
        }
        String sql = taken(table, "t", 0);
        return sql.equals(NONE_SQL) ? NONE : new ArchiveWriter.Condition(sql, List.of());
    }

    /** The rows of a table that are taken: its own rule, and every row it refers to taken too. */
    private String taken(TableSchema table, String alias, int depth) {
        String own = declared(table.name(), alias);
        if (own == null || depth > MAX_DEPTH) {
            return NONE_SQL;
        }
        List<String> all = new ArrayList<>();
        all.add("(" + own + ")");
        Set<String> empty = withheld.getOrDefault(table.name(), Set.of());
        for (ForeignKey fk : table.foreignKeys()) {
            if (shared.contains(fk.referencedTable()) || fk.columns().stream().anyMatch(empty::contains)) {
                continue; // organisations are taken whole; a withheld reference is written empty
            }
            TableSchema parent = tables.get(fk.referencedTable());
            String p = "p" + (++aliases);
            // A reference to the same table checks the parent's own rule only: the recursion would never end.
            String parentTaken = parent == null ? NONE_SQL
                    : parent.name().equals(table.name()) ? orNone(declared(parent.name(), p)) : taken(parent, p, depth + 1);
            String nulls = fk.columns().stream().map(c -> alias + "." + Sql.quote(c) + " IS NULL")
                    .collect(Collectors.joining(" OR "));
            all.add("(" + nulls + " OR EXISTS (SELECT 1 FROM " + Sql.quote(fk.referencedTable()) + " " + p + " WHERE "
                    + join(p, fk.referencedColumns(), alias, fk.columns()) + " AND " + parentTaken + "))");
        }
        return String.join(" AND ", all);
    }

    /** The module's own rule for a table on the given alias, or null when the table is not declared. */
    private String declared(String table, String alias) {
        String rule = rules.get(table);
        if (rule != null) {
            int colon = rule.indexOf(':');
            String kind = colon < 0 ? rule : rule.substring(0, colon);
            String column = colon < 0 ? "id" : rule.substring(colon + 1);
            return alias + "." + Sql.quote(column) + " IN " + ids(kind);
        }
        String condition = conditions.get(table);
        if (condition == null) {
            return null;
        }
        Matcher m = PUBLISHED.matcher(ALIAS.matcher(condition).replaceAll(alias + "."));
        return m.replaceAll(r -> Matcher.quoteReplacement(ids(r.group(1))));
    }

    private static String orNone(String sql) {
        return sql == null ? NONE_SQL : sql;
    }

    /** The published ids of a kind as a SQL list; "(NULL)" matches nothing when there are none. */
    private String ids(String kind) {
        Set<UUID> ids = published.getOrDefault(kind, Set.of());
        if (ids.isEmpty()) {
            return "(NULL)";
        }
        return ids.stream().sorted().map(id -> "'" + id + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    private static String join(String left, List<String> leftColumns, String right, List<String> rightColumns) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < leftColumns.size(); i++) {
            pairs.add(left + "." + Sql.quote(leftColumns.get(i)) + " = " + right + "." + Sql.quote(rightColumns.get(i)));
        }
        return String.join(" AND ", pairs);
    }

    @Override
    public String cell(TableSchema table, String column, String value) {
        if (withheld.getOrDefault(table.name(), Set.of()).contains(column)) {
            // Written empty, not dropped: the archive keeps the installation's columns, so it restores.
            boolean required = table.column(column).map(c -> !c.nullable()).orElse(false);
            return required ? "" : null;
        }
        return value == null ? null : labels.publish(value);
    }
}
