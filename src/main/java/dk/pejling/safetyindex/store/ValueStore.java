package dk.pejling.safetyindex.store;

import dk.pejling.safetyindex.Period;
import dk.pejling.safetyindex.StoredValue;
import dk.pejling.safetyindex.StoredValue.IndicatorCell;
import dk.pejling.safetyindex.StoredValue.SubIndexCell;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The computed values; the cells behind a value are kept as JSON beside it. */
@Repository
public class ValueStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "v.id, v.area_code, v.period, v.method_id, m.version, m.public_index, v.index_value, "
            + "v.low, v.high, v.index_rank, v.rank_low, v.rank_high, v.uncertain_rank, v.respondents, v.effective_n, "
            + "v.suppressed, v.sub_indices, v.indicators, v.inputs_sha256, v.method_sha256, v.synthetic, v.computed_at";

    private final JdbcClient jdbc;

    ValueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the values of one method and period by a new computation. */
    public void replace(UUID methodId, Period period, List<StoredValue> values) {
        jdbc.sql("DELETE FROM safetyindex_value WHERE method_id = ? AND period = ?").params(methodId, period.toString()).update();
        for (StoredValue v : values) {
            jdbc.sql("INSERT INTO safetyindex_value (id, area_code, period, method_id, index_value, low, high, index_rank, "
                            + "rank_low, rank_high, uncertain_rank, respondents, effective_n, suppressed, sub_indices, indicators, "
                            + "inputs_sha256, method_sha256, synthetic, computed_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(v.id(), v.area(), v.period().toString(), v.methodId(), v.value(), v.low(), v.high(), v.rank(),
                            v.rankLow(), v.rankHigh(), v.uncertainRank(), v.respondents(), v.effectiveN(), v.suppressed(),
                            JSON.writeValueAsString(v.subIndices()), JSON.writeValueAsString(v.indicators()),
                            v.inputsSha256(), v.methodSha256(), v.synthetic(), Timestamp.from(v.computedAt()))
                    .update();
        }
    }

    public Optional<StoredValue> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM safetyindex_value v JOIN safetyindex_method m ON m.id = v.method_id "
                + "WHERE v.id = ?").param(id).query(ValueStore::row).optional();
    }

    /** Values filtered by area, period and method version (each optional), by period, method and area. */
    public List<StoredValue> find(String area, Period period, String methodVersion) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS
                + " FROM safetyindex_value v JOIN safetyindex_method m ON m.id = v.method_id WHERE 1 = 1");
        var spec = new java.util.LinkedHashMap<String, Object>();
        if (area != null) {
            sql.append(" AND v.area_code = :area");
            spec.put("area", area);
        }
        if (period != null) {
            sql.append(" AND v.period = :period");
            spec.put("period", period.toString());
        }
        if (methodVersion != null) {
            sql.append(" AND m.version = :method");
            spec.put("method", methodVersion);
        }
        sql.append(" ORDER BY v.period, m.version, v.area_code");
        return jdbc.sql(sql.toString()).params(spec).query(ValueStore::row).list();
    }

    private static StoredValue row(ResultSet rs, int i) throws SQLException {
        return new StoredValue(rs.getObject(1, UUID.class), rs.getString(2), Period.of(rs.getString(3)),
                rs.getObject(4, UUID.class), rs.getString(5), rs.getBoolean(6), nullable(rs, 7), nullable(rs, 8),
                nullable(rs, 9), integer(rs, 10), integer(rs, 11), integer(rs, 12), rs.getBoolean(13), rs.getLong(14),
                nullable(rs, 15), rs.getString(16),
                JSON.readValue(rs.getString(17), new TypeReference<List<SubIndexCell>>() { }),
                JSON.readValue(rs.getString(18), new TypeReference<List<IndicatorCell>>() { }),
                rs.getString(19).strip(), rs.getString(20).strip(), rs.getBoolean(21), rs.getTimestamp(22).toInstant());
    }

    private static Double nullable(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
