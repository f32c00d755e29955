package dk.pejling.strategy;

import dk.pejling.shared.Visibility;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Reads a {@code strategy_goal} row into a {@link Goal} with plain JDBC getters, for the queries that
 * load whole goal trees (see {@code GoalRepository.findByStrategy}). Spring Data's generic entity
 * mapping, with a lifecycle event per row, cost more than the rest of a 500-goal strategy request;
 * no listener or callback in the application reads those events for goals.
 */
@Component(GoalRowMapper.BEAN)
class GoalRowMapper implements RowMapper<Goal> {

    /** The name {@code @Query(rowMapperRef = …)} refers to. */
    static final String BEAN = "goalRowMapper";

    @Override
    public Goal mapRow(ResultSet rs, int row) throws SQLException {
        return new Goal(rs.getObject("id", UUID.class), rs.getObject("strategy_id", UUID.class),
                rs.getObject("parent_id", UUID.class), rs.getString("code"), GoalKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("description"), rs.getInt("sort_order"),
                Visibility.valueOf(rs.getString("visibility")), rs.getLong("version"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
