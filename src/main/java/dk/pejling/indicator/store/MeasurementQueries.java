package dk.pejling.indicator.store;

import dk.pejling.indicator.attainment.MeasuredValue;
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

    private final JdbcClient jdbc;

    MeasurementQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(UUID id, TimedValue value) {
    }

    /**
     * The same values for the indicators that serve the given goals, reached through the goal links.
     * H2 evaluates a long {@code indicator_id IN (...)} list row by row instead of looking each id up in
     * the index (the profile showed it as the time of the whole roll-up); a join from the goal links
     * into the (indicator_id, period) index is looked up once per indicator on H2 and PostgreSQL alike.
     * Only indicators in {@code indicatorIds} are kept (the caller's visible ones).
     */
    public Map<UUID, List<MeasuredValue>> valuesOfGoals(Collection<UUID> goalIds, java.util.Set<UUID> indicatorIds,
                                                        int fromYear, int toYear, Instant asOf) {
        return valuesOfGoals(goalIds, indicatorIds, fromYear, toYear, asOf, 0);
    }

    /** As above, leaving out values from fewer answers than {@code minSampleSize} (the portal never publishes them). */
    public Map<UUID, List<MeasuredValue>> valuesOfGoals(Collection<UUID> goalIds, java.util.Set<UUID> indicatorIds,
                                                        int fromYear, int toYear, Instant asOf, int minSampleSize) {
        String current = asOf == null ? "m.superseded_at IS NULL"
                : "m.entered_at <= :asOf AND (m.superseded_at IS NULL OR m.superseded_at > :asOf)";
        Map<UUID, List<MeasuredValue>> result = new HashMap<>();
        select(goalIds, indicatorIds, fromYear, toYear, current, asOf, minSampleSize)
                .forEach(r -> result.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r.value().value()));
        return result;
    }

    /**
     * Every value of those indicators entered up to {@code upTo}, replaced or not, with when it was entered
     * and replaced: enough to judge any moment up to then in memory (a feed judges a dozen moments).
     */
    public Map<UUID, List<TimedValue>> valuesOfGoalsUpTo(Collection<UUID> goalIds, java.util.Set<UUID> indicatorIds,
                                                          int fromYear, int toYear, Instant upTo, int minSampleSize) {
        Map<UUID, List<TimedValue>> result = new HashMap<>();
        select(goalIds, indicatorIds, fromYear, toYear, "m.entered_at <= :asOf", upTo, minSampleSize)
                .forEach(r -> result.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r.value()));
        return result;
    }

    /** A value with the moments it became and stopped being current (null: still current). */
    public record TimedValue(MeasuredValue value, Instant enteredAt, Instant supersededAt) {

        /** Whether this was the current value at the moment, as {@link #valuesOfGoals} with that {@code asOf} reads it. */
        public boolean currentAt(Instant moment) {
            return enteredAt != null && !enteredAt.isAfter(moment) && (supersededAt == null || supersededAt.isAfter(moment));
        }
    }

    private List<Row> select(Collection<UUID> goalIds, java.util.Set<UUID> indicatorIds, int fromYear, int toYear,
                             String condition, Instant asOf, int minSampleSize) {
        if (goalIds.isEmpty() || indicatorIds.isEmpty()) {
            return List.of();
        }
        String current = condition
                + (minSampleSize > 0 ? " AND (m.sample_size IS NULL OR m.sample_size >= " + minSampleSize + ")" : "");
        JdbcClient.StatementSpec spec = jdbc.sql("""
                SELECT m.id AS measurement_id, m.indicator_id, m.period, m.step, m.measured_value, m.ci_low, m.ci_high, m.reported_change,
                       m.reported_change_unit, m.reported_change_qualifier, m.reported_change_reference, m.entered_at, m.superseded_at
                  FROM indicator_goal ig
                  JOIN indicator_measurement m ON m.indicator_id = ig.indicator_id
                 WHERE ig.goal_id IN (:goals) AND %s AND m.period >= :fromPeriod AND m.period < :toPeriod"""
                .formatted(current))
                .param("goals", new ArrayList<>(goalIds))
                .param("fromPeriod", String.valueOf(fromYear))
                .param("toPeriod", String.valueOf(toYear + 1));
        if (asOf != null) {
            spec = spec.param("asOf", Timestamp.from(asOf));
        }
        // an indicator linked to two of the goals comes twice: keep each measurement once (cheaper than DISTINCT in H2)
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        return spec.query((rs, n) -> seen.add(rs.getObject("measurement_id", UUID.class)) ? row(rs, n) : null).list().stream()
                .filter(r -> r != null && indicatorIds.contains(r.id())).toList();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        BigDecimal change = rs.getBigDecimal("reported_change");
        String unit = rs.getString("reported_change_unit");
        String qualifier = rs.getString("reported_change_qualifier");
        ReportedChange reported = change == null ? null : new ReportedChange(change,
                unit == null ? null : Unit.valueOf(unit),
                qualifier == null ? null : ReportedChange.Qualifier.valueOf(qualifier),
                rs.getString("reported_change_reference"));
        java.time.OffsetDateTime entered = rs.getObject("entered_at", java.time.OffsetDateTime.class);
        java.time.OffsetDateTime superseded = rs.getObject("superseded_at", java.time.OffsetDateTime.class);
        return new Row(rs.getObject("indicator_id", UUID.class), new TimedValue(new MeasuredValue(
                MeasurementPeriod.of(rs.getString("period")), rs.getString("step"),
                rs.getBigDecimal("measured_value"), reported, rs.getBigDecimal("ci_low"), rs.getBigDecimal("ci_high")),
                entered == null ? null : entered.toInstant(), superseded == null ? null : superseded.toInstant()));
    }
}
