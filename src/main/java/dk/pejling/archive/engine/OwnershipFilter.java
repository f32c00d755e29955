package dk.pejling.archive.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The rows of scope {@code organisation}: the conditions the modules declared for their own tables
 * ({@code ArchiveContributor#ownedBy}), and for every other table the rows whose references (outside
 * the shared tables) all lead to rows taken. Shared tables take their own rows and every row a taken
 * row refers to. Built as nested EXISTS conditions, the same SQL on H2 and PostgreSQL.
 */
public final class OwnershipFilter implements ArchiveWriter.RowFilter {

    private final Map<String, TableSchema> tables;
    private final Map<String, String> rules;
    private final Set<String> shared;
    private final UUID organisation;
    private int aliases;

    /** Unbound: the writer binds it to the tables it reads ({@link #forTables}). */
    public OwnershipFilter(Map<String, String> rules, Set<String> shared, UUID organisation) {
        this(List.of(), rules, shared, organisation);
    }

    private OwnershipFilter(List<TableSchema> tables, Map<String, String> rules, Set<String> shared, UUID organisation) {
        this.tables = tables.stream().collect(Collectors.toMap(TableSchema::name, t -> t));
        this.rules = rules;
        this.shared = shared;
        this.organisation = organisation;
    }

    @Override
    public ArchiveWriter.RowFilter forTables(List<TableSchema> schema) {
        return new OwnershipFilter(schema, rules, shared, organisation);
    }

    @Override
    public ArchiveWriter.Condition condition(TableSchema table) {
        if (table.isAudit()) {
            return new ArchiveWriter.Condition("1 = 0", List.of());
        }
        List<Object> parameters = new ArrayList<>();
        String sql = shared.contains(table.name()) ? sharedCondition(table, parameters) : owned(table, "t", parameters, 0);
        return new ArchiveWriter.Condition(sql, parameters);
    }

    /** The shared rows taken that the organisation does not own itself: the manifest lists them. */
    public ArchiveWriter.Condition referencedOnly(TableSchema table) {
        List<Object> parameters = new ArrayList<>();
        String taken = sharedCondition(table, parameters);
        String own = rule(table, "t", parameters);
        return new ArchiveWriter.Condition("(" + taken + ") AND NOT (" + (own == null ? "1 = 0" : own) + ")", parameters);
    }

    public Set<String> sharedTables() {
        return shared;
    }

    private String sharedCondition(TableSchema table, List<Object> parameters) {
        List<String> any = new ArrayList<>();
        String own = rule(table, "t", parameters);
        if (own != null) {
            any.add("(" + own + ")");
        }
        for (TableSchema referring : tables.values()) {
            if (shared.contains(referring.name()) || referring.isAudit()) {
                continue;
            }
            for (ForeignKey fk : referring.foreignKeys()) {
                if (fk.referencedTable().equals(table.name())) {
                    String alias = "r" + (++aliases);
                    any.add("EXISTS (SELECT 1 FROM " + Sql.quote(referring.name()) + " " + alias + " WHERE "
                            + join(alias, fk.columns(), "t", fk.referencedColumns()) + " AND "
                            + owned(referring, alias, parameters, 1) + ")");
                }
            }
        }
        return any.isEmpty() ? "1 = 0" : String.join(" OR ", any);
    }

    /** Rows of a non-shared table the organisation owns, or that follow owned rows. */
    private String owned(TableSchema table, String alias, List<Object> parameters, int depth) {
        String own = rule(table, alias, parameters);
        if (own != null) {
            return "(" + own + ")";
        }
        List<String> all = new ArrayList<>();
        for (ForeignKey fk : table.foreignKeys()) {
            if (shared.contains(fk.referencedTable()) || fk.referencedTable().equals(table.name())
                    || fk.columns().stream().anyMatch(table.deferredColumns()::contains)) {
                continue;
            }
            TableSchema parent = tables.get(fk.referencedTable());
            if (parent == null || depth > 12) {
                return "1 = 0";
            }
            String p = "p" + (++aliases);
            String nulls = fk.columns().stream().map(c -> alias + "." + Sql.quote(c) + " IS NULL")
                    .collect(Collectors.joining(" OR "));
            all.add("(" + nulls + " OR EXISTS (SELECT 1 FROM " + Sql.quote(parent.name()) + " " + p + " WHERE "
                    + join(p, fk.referencedColumns(), alias, fk.columns()) + " AND " + owned(parent, p, parameters, depth + 1) + "))");
        }
        // A table that refers to nothing owned (only to shared records, or to nothing) belongs to nobody in particular.
        return all.isEmpty() ? "1 = 0" : String.join(" AND ", all);
    }

    private String rule(TableSchema table, String alias, List<Object> parameters) {
        String rule = rules.get(table.name());
        if (rule == null) {
            return null;
        }
        for (char c : rule.toCharArray()) {
            if (c == '?') {
                parameters.add(organisation);
            }
        }
        return rule.replaceAll("\\bt\\.", alias + ".");
    }

    private static String join(String left, List<String> leftColumns, String right, List<String> rightColumns) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < leftColumns.size(); i++) {
            pairs.add(left + "." + Sql.quote(leftColumns.get(i)) + " = " + right + "." + Sql.quote(rightColumns.get(i)));
        }
        return String.join(" AND ", pairs);
    }
}
