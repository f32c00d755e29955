package dk.pejling.indicator.store;

import dk.pejling.indicator.MeasuredValue;
import dk.pejling.indicator.MeasurementPeriod;
import dk.pejling.indicator.ReportedChange;
import dk.pejling.indicator.Unit;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the values the attainment calculator needs in one query for many indicators: the values
 * current at a moment (now, or an earlier date for a report "as of"), limited to the years the
 * targets look at. Canonical periods ("2018", "2018-K2", "2018-03") sort by year as text, so a
 * year range is a plain text range that the index serves.
 */
@Repository
public class MeasurementQueries {

    private static final int CHUNK = 500;
    private final JdbcClient jdbc;

    MeasurementQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<UUID, List<MeasuredValue>> values(Collection<UUID> indicatorIds, int fromYear, int toYear, Instant asOf) {
        Map<UUID, List<MeasuredValue>> result = new HashMap<>();
        List<UUID> ids = new ArrayList<>(indicatorIds);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<UUID> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            query(chunk, fromYear, toYear, asOf).forEach(row -> result.computeIfAbsent(row.id, k -> new ArrayList<>()).add(row.value));
        }
        return result;
    }

    private record Row(UUID id, MeasuredValue value) {
    }

    private List<Row> query(List<UUID> ids, int fromYear, int toYear, Instant asOf) {
        String current = asOf == null ? "m.superseded_at IS NULL"
                : "m.entered_at <= :asOf AND (m.superseded_at IS NULL OR m.superseded_at > :asOf)";
        JdbcClient.StatementSpec spec = jdbc.sql("""
                SELECT m.indicator_id, m.period, m.step, m.measured_value, m.reported_change, m.reported_change_unit,
                       m.reported_change_qualifier, m.reported_change_reference
                  FROM indicator_measurement m
                 WHERE m.indicator_id IN (:ids) AND %s AND m.period >= :fromPeriod AND m.period < :toPeriod""".formatted(current))
                .param("ids", ids)
                .param("fromPeriod", String.valueOf(fromYear))
                .param("toPeriod", String.valueOf(toYear + 1));
        if (asOf != null) {
            spec = spec.param("asOf", Timestamp.from(asOf));
        }
        return spec.query((rs, n) -> {
            BigDecimal change = rs.getBigDecimal("reported_change");
            String unit = rs.getString("reported_change_unit");
            String qualifier = rs.getString("reported_change_qualifier");
            ReportedChange reported = change == null ? null : new ReportedChange(change,
                    unit == null ? null : Unit.valueOf(unit),
                    qualifier == null ? null : ReportedChange.Qualifier.valueOf(qualifier),
                    rs.getString("reported_change_reference"));
            return new Row(rs.getObject("indicator_id", UUID.class), new MeasuredValue(
                    MeasurementPeriod.of(rs.getString("period")), rs.getString("step"),
                    rs.getBigDecimal("measured_value"), reported));
        }).list();
    }
}
