package dk.pejling.indicator.store;

import dk.pejling.indicator.Direction;
import dk.pejling.indicator.GoalLink;
import dk.pejling.indicator.attainment.IndicatorFacts;
import dk.pejling.indicator.attainment.IndicatorSnapshot;
import dk.pejling.indicator.MeasurementPeriod;
import dk.pejling.indicator.TargetKind;
import dk.pejling.indicator.TargetSpec;
import dk.pejling.indicator.Unit;
import dk.pejling.shared.Visibility;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads every indicator serving a set of goals with four queries in all (indicators, goal links,
 * targets, baselines), where loading the aggregates one by one would cost four queries per indicator.
 */
@Repository
public class IndicatorQueries {

    private static final String SERVING = "SELECT indicator_id FROM indicator_goal WHERE goal_id IN (:goals)";
    private final JdbcClient jdbc;

    IndicatorQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<IndicatorSnapshot> serving(Collection<UUID> goalIds, boolean internal) {
        if (goalIds.isEmpty()) {
            return List.of();
        }
        List<UUID> goals = new ArrayList<>(goalIds);
        record Head(UUID id, String name, Unit unit, int decimals, Direction direction, Visibility visibility) {
        }
        Map<UUID, Head> heads = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name, unit, decimals, direction, visibility FROM indicator WHERE id IN (" + SERVING + ")"
                        + " AND (visibility = 'PUBLIC' OR :internal = TRUE) ORDER BY name, id")
                .param("goals", goals).param("internal", internal)
                .query((rs, n) -> new Head(rs.getObject("id", UUID.class), rs.getString("name"), Unit.valueOf(rs.getString("unit")),
                        rs.getInt("decimals"), Direction.valueOf(rs.getString("direction")), Visibility.valueOf(rs.getString("visibility"))))
                .list().forEach(h -> heads.put(h.id(), h));
        Map<UUID, List<GoalLink>> links = new HashMap<>();
        jdbc.sql("SELECT indicator_id, goal_id, weight FROM indicator_goal WHERE indicator_id IN (" + SERVING + ")")
                .param("goals", goals)
                .query((rs, n) -> Map.entry(rs.getObject("indicator_id", UUID.class),
                        new GoalLink(rs.getObject("goal_id", UUID.class), rs.getBigDecimal("weight"))))
                .list().forEach(e -> links.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<UUID, List<TargetSpec>> targets = new HashMap<>();
        jdbc.sql("""
                SELECT indicator_id, period, step, kind, target_value, upper_value, reference_period, against_baseline, strict, description
                  FROM indicator_target WHERE indicator_id IN (""" + SERVING + ") ORDER BY indicator_id, position")
                .param("goals", goals)
                .query((rs, n) -> {
                    String ref = rs.getString("reference_period");
                    return Map.entry(rs.getObject("indicator_id", UUID.class), new TargetSpec(
                            MeasurementPeriod.of(rs.getString("period")), rs.getString("step"),
                            TargetKind.valueOf(rs.getString("kind")), rs.getBigDecimal("target_value"),
                            rs.getBigDecimal("upper_value"), ref == null ? null : MeasurementPeriod.of(ref),
                            rs.getBoolean("against_baseline"), rs.getBoolean("strict"), rs.getString("description")));
                })
                .list().forEach(e -> targets.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<UUID, List<BigDecimal>> baselines = new HashMap<>();
        jdbc.sql("SELECT indicator_id, baseline_value FROM indicator_baseline WHERE baseline_value IS NOT NULL AND indicator_id IN ("
                        + SERVING + ") ORDER BY indicator_id, position")
                .param("goals", goals)
                .query((rs, n) -> Map.entry(rs.getObject("indicator_id", UUID.class), rs.getBigDecimal("baseline_value")))
                .list().forEach(e -> baselines.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<IndicatorSnapshot> result = new ArrayList<>(heads.size());
        for (Head h : heads.values()) {
            result.add(new IndicatorSnapshot(new IndicatorFacts(h.id(), h.name(), h.unit(), h.decimals(), h.direction(),
                    baselines.getOrDefault(h.id(), List.of()), targets.getOrDefault(h.id(), List.of())),
                    h.visibility(), links.getOrDefault(h.id(), List.of())));
        }
        return result;
    }
}
