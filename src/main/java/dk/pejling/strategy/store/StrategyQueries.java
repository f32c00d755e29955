package dk.pejling.strategy.store;

import dk.pejling.shared.ListPage;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.LifecycleStatus;
import dk.pejling.strategy.StrategyFilter;
import dk.pejling.strategy.StrategyKind;
import dk.pejling.strategy.StrategySummary;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The strategy list with its filters, written as SQL because it joins the owner's name and pages
 * in the database. The visibility rule sits in the WHERE clause so no internal row is ever read
 * for an anonymous viewer.
 */
@Repository
public class StrategyQueries {

    private static final String FROM = """
             FROM strategy s JOIN organisation o ON o.id = s.owner_id
            WHERE (s.visibility = 'PUBLIC' OR :internal = TRUE)
              AND (CAST(:pattern AS VARCHAR) IS NULL OR LOWER(s.title) LIKE :pattern OR LOWER(s.summary) LIKE :pattern)
              AND (CAST(:org AS UUID) IS NULL OR s.owner_id = :org
                   OR EXISTS (SELECT 1 FROM strategy_partner p WHERE p.strategy_id = s.id AND p.organisation_id = :org))
              AND (CAST(:status AS VARCHAR) IS NULL OR s.status = :status)
              AND (CAST(:kind AS VARCHAR) IS NULL OR s.kind = :kind)
              AND (CAST(:yearStart AS DATE) IS NULL
                   OR ((s.period_from IS NULL OR s.period_from <= :yearEnd) AND (s.period_to IS NULL OR s.period_to >= :yearStart)))
            """;

    private final JdbcClient jdbc;

    StrategyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ListPage<StrategySummary> list(StrategyFilter filter, PageQuery page, boolean internal) {
        List<StrategySummary> items = bind(jdbc.sql("""
                SELECT s.id, s.slug, s.title, s.kind, s.status, s.owner_id, o.name AS owner_name,
                       s.period_from, s.period_to, s.visibility, s.version""" + FROM
                + " ORDER BY o.name, s.title, s.id LIMIT :limit OFFSET :offset"), filter, page, internal)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(StrategyQueries::summary)
                .list();
        long total = bind(jdbc.sql("SELECT COUNT(*)" + FROM), filter, page, internal).query(Long.class).single();
        return new ListPage<>(items, total);
    }

    /** Titles of the given strategies that the viewer may see, for naming relation targets. */
    public List<StrategySummary> summaries(List<UUID> ids, boolean internal) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT s.id, s.slug, s.title, s.kind, s.status, s.owner_id, o.name AS owner_name,
                       s.period_from, s.period_to, s.visibility, s.version
                  FROM strategy s JOIN organisation o ON o.id = s.owner_id
                 WHERE s.id IN (:ids) AND (s.visibility = 'PUBLIC' OR :internal = TRUE)
                 ORDER BY s.title""")
                .param("ids", new ArrayList<>(ids))
                .param("internal", internal)
                .query(StrategyQueries::summary)
                .list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, StrategyFilter filter, PageQuery page,
                                                 boolean internal) {
        Integer year = filter.year();
        return spec.param("internal", internal)
                .param("pattern", page.likePattern())
                .param("org", filter.organisation() == null ? null : filter.organisation().value())
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param("yearStart", year == null ? null : Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("yearEnd", year == null ? null : Date.valueOf(LocalDate.of(year, 12, 31)));
    }

    private static StrategySummary summary(ResultSet rs, int row) throws SQLException {
        Date from = rs.getDate("period_from");
        Date to = rs.getDate("period_to");
        return new StrategySummary(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("title"),
                StrategyKind.valueOf(rs.getString("kind")), LifecycleStatus.valueOf(rs.getString("status")),
                rs.getObject("owner_id", UUID.class), rs.getString("owner_name"),
                from == null ? null : from.toLocalDate(), to == null ? null : to.toLocalDate(),
                Visibility.valueOf(rs.getString("visibility")), rs.getLong("version"));
    }
}
