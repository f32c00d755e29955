package dk.pejling.strategy.store;

import dk.pejling.organisation.OrganisationId;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.ListPage;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.LifecycleStatus;
import dk.pejling.strategy.RelationKind;
import dk.pejling.strategy.StrategyFilter;
import dk.pejling.strategy.StrategyKind;
import dk.pejling.strategy.StrategyStanding;
import dk.pejling.strategy.StrategySummary;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The strategy list with its filters, written as SQL because it pages in the database. Owners' names
 * come from the organisation module's API, not from its table (issue 13: a module's SQL names only its
 * own tables); the list orders by them through a rank the query is given. The visibility rule sits in the WHERE clause so no internal row is ever read
 * for an anonymous viewer.
 *
 * <p>The list is ordered by owner name, so a page only ever holds the strategies of a few owners.
 * Instead of sorting every matching strategy to keep 25, {@link #list} counts the matches per
 * owner (which also gives the total, and which the index {@code strategy_listing_idx} answers
 * without reading the table for the common filters), walks the owners in name order to find
 * those on the requested page, and sorts only their strategies. The WHERE clause holds only the
 * filters that are set, so that both databases can use their indexes for it.
 */
@Repository
public class StrategyQueries {

    private static final String SELECT = """
            SELECT s.id, s.slug, s.title, s.kind, s.status, s.owner_id,
                   s.period_from, s.period_to, s.visibility, s.version""";
    private static final String FROM = " FROM strategy s";
    /** Public, or internal and readable by the viewer (parameters {@code all} and {@code readable}). */
    private static final String VISIBLE = "(s.visibility = 'PUBLIC' OR :all = TRUE OR s.id IN (:readable))";
    private static final String VISIBLE_TO_SOME = "(s.visibility = 'PUBLIC' OR s.id IN (:readable))";

    private final JdbcClient jdbc;
    private final OrganisationService organisations;

    StrategyQueries(JdbcClient jdbc, OrganisationService organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    public ListPage<StrategySummary> list(StrategyFilter filter, PageQuery page, Viewer.InternalScope internal) {
        Where where = Where.of(filter, page, internal);
        Map<UUID, Long> perOwner = new HashMap<>();
        where.bind(jdbc.sql("SELECT s.owner_id, COUNT(*) AS matches FROM strategy s" + where.sql(" WHERE ")
                        + " GROUP BY s.owner_id"))
                .query(rs -> {
                    perOwner.put(rs.getObject("owner_id", UUID.class), rs.getLong("matches"));
                });
        long total = perOwner.values().stream().mapToLong(Long::longValue).sum();
        List<Map.Entry<UUID, String>> byName = organisations.all().stream()
                .map(o -> Map.entry(o.id().value(), o.name())).toList();
        Window window = window(byName, perOwner, page.offset(), page.offset() + page.size());
        if (window.owners().isEmpty()) {
            return new ListPage<>(List.of(), total);
        }
        // The owners' order by name as a rank in SQL: owners of one name share a rank, so their
        // strategies interleave by title as they did when the query sorted on the joined name.
        StringBuilder rank = new StringBuilder("CASE s.owner_id");
        Map<String, Object> rankParams = new HashMap<>();
        for (int i = 0; i < window.owners().size(); i++) {
            rank.append(" WHEN :owner").append(i).append(" THEN ").append(window.ranks().get(i));
            rankParams.put("owner" + i, window.owners().get(i));
        }
        rank.append(" END");
        JdbcClient.StatementSpec spec = where.bind(jdbc.sql(SELECT + FROM + " WHERE s.owner_id IN (:owners)"
                        + where.sql(" AND ") + " ORDER BY " + rank + ", s.title, s.id LIMIT :limit OFFSET :offset"))
                .param("owners", window.owners())
                .param("limit", page.size())
                .param("offset", page.offset() - window.start());
        rankParams.forEach(spec::param);
        Map<UUID, String> names = new HashMap<>();
        byName.forEach(e -> names.put(e.getKey(), e.getValue()));
        List<StrategySummary> items = spec.query(StrategyQueries::summary).list().stream()
                .map(row -> named(row, names)).toList();
        return new ListPage<>(items, total);
    }

    /**
     * The owners whose strategies hold the list's rows {@code first} to {@code end - 1}, each with its rank
     * in name order, and the row the first starts at.
     */
    private record Window(List<UUID> owners, List<Integer> ranks, long start) {
    }

    private static Window window(List<Map.Entry<UUID, String>> byName, Map<UUID, Long> perOwner, long first, long end) {
        List<UUID> owners = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        long start = 0;
        long before = 0;
        for (int i = 0, next; i < byName.size() && before < end; i = next) {
            // Owners of one name are one group: the list orders by name, then title, so their strategies interleave.
            String name = byName.get(i).getValue();
            long matches = 0;
            for (next = i; next < byName.size() && byName.get(next).getValue().equals(name); next++) {
                matches += perOwner.getOrDefault(byName.get(next).getKey(), 0L);
            }
            if (matches > 0 && before + matches > first) {
                if (owners.isEmpty()) {
                    start = before;
                }
                int groupRank = ranks.size();
                byName.subList(i, next).forEach(owner -> {
                    owners.add(owner.getKey());
                    ranks.add(groupRank);
                });
            }
            before += matches;
        }
        return new Window(owners, ranks, start);
    }

    /** Titles of the given strategies that the viewer may see, for naming relation targets. */
    public List<StrategySummary> summaries(List<UUID> ids, Viewer.InternalScope internal) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<StrategySummary> found = jdbc.sql(SELECT + FROM
                        + " WHERE s.id IN (:ids) AND " + VISIBLE + " ORDER BY s.title")
                .param("ids", new ArrayList<>(ids))
                .param("all", internal.all()).param("readable", internal.sqlList())
                .query(StrategyQueries::summary)
                .list();
        return withOwnerNames(found);
    }

    /** The conditions of the filters that are set, joined by AND, with their parameters. */
    private record Where(List<String> conditions, Map<String, Object> params) {

        static Where of(StrategyFilter filter, PageQuery page, Viewer.InternalScope internal) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            if (!internal.all()) {
                if (internal.none()) {
                    conditions.add("s.visibility = 'PUBLIC'");
                } else {
                    conditions.add(VISIBLE_TO_SOME);
                    params.put("readable", internal.sqlList());
                }
            }
            if (page.likePattern() != null) {
                conditions.add("(LOWER(s.title) LIKE :pattern OR LOWER(s.summary) LIKE :pattern)");
                params.put("pattern", page.likePattern());
            }
            if (filter.organisation() != null) {
                conditions.add("(s.owner_id = :org OR EXISTS (SELECT 1 FROM strategy_partner p "
                        + "WHERE p.strategy_id = s.id AND p.organisation_id = :org))");
                params.put("org", filter.organisation().value());
            }
            if (filter.status() != null) {
                conditions.add("s.status = :status");
                params.put("status", filter.status().name());
            }
            if (filter.kind() != null) {
                conditions.add("s.kind = :kind");
                params.put("kind", filter.kind().name());
            }
            if (filter.year() != null) {
                conditions.add("(s.period_from IS NULL OR s.period_from <= :yearEnd)");
                conditions.add("(s.period_to IS NULL OR s.period_to >= :yearStart)");
                params.put("yearStart", Date.valueOf(LocalDate.of(filter.year(), 1, 1)));
                params.put("yearEnd", Date.valueOf(LocalDate.of(filter.year(), 12, 31)));
            }
            return new Where(conditions, params);
        }

        /** The conditions after {@code prefix} (" WHERE " or " AND "), or nothing when no filter is set. */
        String sql(String prefix) {
            return conditions.isEmpty() ? "" : prefix + String.join(" AND ", conditions);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            params.forEach(spec::param);
            return spec;
        }
    }

    /** One relation pointing at a strategy: the strategy it comes from and its kind. */
    public record Incoming(StrategySummary source, RelationKind kind) {
    }

    /**
     * The relations that point at {@code target} from strategies the viewer may see, one row per relation,
     * ordered by the source's title, in one query instead of loading each source's aggregate.
     */
    public List<Incoming> incoming(UUID target, Viewer.InternalScope internal) {
        List<Incoming> found = jdbc.sql(SELECT + ", r.kind AS relation_kind" + FROM + """
                 JOIN strategy_relation r ON r.strategy_id = s.id
                WHERE r.target_id = :target AND """ + VISIBLE + """
                ORDER BY s.title, r.kind""")
                .param("target", target)
                .param("all", internal.all()).param("readable", internal.sqlList())
                .query((rs, row) -> new Incoming(summary(rs, row), RelationKind.valueOf(rs.getString("relation_kind"))))
                .list();
        Map<UUID, String> names = ownerNames(found.stream().map(i -> i.source().ownerId()).toList());
        return found.stream().map(i -> new Incoming(named(i.source(), names), i.kind())).toList();
    }

    private static StrategySummary summary(ResultSet rs, int row) throws SQLException {
        Date from = rs.getDate("period_from");
        Date to = rs.getDate("period_to");
        return new StrategySummary(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("title"),
                StrategyKind.valueOf(rs.getString("kind")), LifecycleStatus.valueOf(rs.getString("status")),
                rs.getObject("owner_id", UUID.class), null,
                from == null ? null : from.toLocalDate(), to == null ? null : to.toLocalDate(),
                Visibility.valueOf(rs.getString("visibility")), rs.getLong("version"));
    }

    private List<StrategySummary> withOwnerNames(List<StrategySummary> rows) {
        Map<UUID, String> names = ownerNames(rows.stream().map(StrategySummary::ownerId).toList());
        return rows.stream().map(row -> named(row, names)).toList();
    }

    private Map<UUID, String> ownerNames(List<UUID> owners) {
        Map<UUID, String> names = new HashMap<>();
        organisations.byIds(owners.stream().distinct().map(OrganisationId::new).toList())
                .forEach((id, organisation) -> names.put(id.value(), organisation.name()));
        return names;
    }

    private static StrategySummary named(StrategySummary row, Map<UUID, String> names) {
        return new StrategySummary(row.id(), row.key(), row.title(), row.kind(), row.status(), row.ownerId(),
                names.get(row.ownerId()), row.periodFrom(), row.periodTo(), row.visibility(), row.version());
    }

    /**
     * The themes of the given strategies that the viewer may see, in one query (a list page shows the
     * themes of every strategy on it; loading each aggregate for them was one query per strategy).
     */
    public Map<UUID, List<String>> themes(java.util.Collection<UUID> ids, Viewer.InternalScope internal) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<String>> result = new HashMap<>();
        jdbc.sql("SELECT t.strategy_id, t.theme FROM strategy_theme t JOIN strategy s ON s.id = t.strategy_id"
                        + " WHERE t.strategy_id IN (:ids) AND " + VISIBLE + " ORDER BY t.strategy_id, t.theme")
                .param("ids", new ArrayList<>(ids))
                .param("all", internal.all()).param("readable", internal.sqlList())
                .query(rs -> {
                    result.computeIfAbsent(rs.getObject("strategy_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getString("theme"));
                });
        return result;
    }

    /** A strategy's visibility, or empty when there is none with this id: one primary-key lookup. */
    public java.util.Optional<Visibility> visibilityOf(UUID id) {
        return jdbc.sql("SELECT visibility FROM strategy WHERE id = :id").param("id", id)
                .query((rs, n) -> Visibility.valueOf(rs.getString("visibility"))).optional();
    }

    /** Where goals sit: their strategy and whether the goal or its strategy is internal. */
    public Map<UUID, GoalReach> reach(java.util.Collection<UUID> goalIds) {
        if (goalIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, GoalReach> result = new HashMap<>();
        jdbc.sql("""
                SELECT g.id, g.strategy_id, g.visibility AS goal_visibility, s.visibility AS strategy_visibility
                  FROM strategy_goal g JOIN strategy s ON s.id = g.strategy_id WHERE g.id IN (:ids)""")
                .param("ids", new ArrayList<>(goalIds))
                .query(rs -> {
                    result.put(rs.getObject("id", UUID.class), new GoalReach(rs.getObject("strategy_id", UUID.class),
                            "INTERNAL".equals(rs.getString("goal_visibility"))
                                    || "INTERNAL".equals(rs.getString("strategy_visibility"))));
                });
        return result;
    }

    /** The id of every strategy, internal ones included (for the copies other modules rebuild after a restore). */
    public java.util.List<UUID> allIds() {
        return jdbc.sql("SELECT id FROM strategy ORDER BY id").query(UUID.class).list();
    }

    public java.util.Optional<StrategyStanding> standingOf(UUID id) {
        return jdbc.sql("SELECT title, visibility FROM strategy WHERE id = :id").param("id", id)
                .query((rs, n) -> new StrategyStanding(rs.getString("title"), Visibility.valueOf(rs.getString("visibility"))))
                .optional();
    }

    /** Every goal of one strategy, as {@link #reach} gives it. */
    public Map<UUID, GoalReach> reachOfStrategy(UUID strategyId) {
        Map<UUID, GoalReach> result = new HashMap<>();
        jdbc.sql("""
                SELECT g.id, g.strategy_id, g.visibility AS goal_visibility, s.visibility AS strategy_visibility
                  FROM strategy_goal g JOIN strategy s ON s.id = g.strategy_id WHERE g.strategy_id = :strategy""")
                .param("strategy", strategyId)
                .query(rs -> {
                    result.put(rs.getObject("id", UUID.class), new GoalReach(rs.getObject("strategy_id", UUID.class),
                            "INTERNAL".equals(rs.getString("goal_visibility"))
                                    || "INTERNAL".equals(rs.getString("strategy_visibility"))));
                });
        return result;
    }

    /** A goal's strategy and whether the goal is internal, by its own flag or its strategy's. */
    public record GoalReach(UUID strategyId, boolean internal) {
    }

    /** The strategies the organisations own or take part in as partners. */
    public java.util.Set<UUID> ownedOrPartnered(java.util.Collection<UUID> organisations) {
        if (organisations.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("""
                SELECT id FROM strategy WHERE owner_id IN (:orgs)
                UNION SELECT strategy_id FROM strategy_partner WHERE organisation_id IN (:orgs)""")
                .param("orgs", new ArrayList<>(organisations))
                .query(UUID.class).list());
    }
}
