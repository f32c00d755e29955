package dk.pejling.initiative.store;

import dk.pejling.initiative.OverviewRow;
import dk.pejling.initiative.ReportState;
import dk.pejling.shared.Visibility;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The overview of a round in one query, however many initiatives it asks about. */
@Repository
public class RoundQueries {

    private final JdbcClient jdbc;

    RoundQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OverviewRow> overview(UUID roundId, boolean internal) {
        return jdbc.sql("""
                SELECT i.id, i.number, i.title, i.responsible_id, o.name AS responsible_name, i.lead_user_id, i.visibility,
                       r.id AS report_id, r.status_code, r.state, r.comment, r.progress, r.submitted_by, r.submitted_at
                  FROM reporting_round_initiative ri
                  JOIN initiative i ON i.id = ri.initiative_id
                  LEFT JOIN organisation o ON o.id = i.responsible_id
                  LEFT JOIN status_report r ON r.round_id = ri.round_id AND r.initiative_id = ri.initiative_id
                 WHERE ri.round_id = :round AND (i.visibility = 'PUBLIC' OR :internal = TRUE)
                 ORDER BY i.sort_order, i.number, i.id""")
                .param("round", roundId)
                .param("internal", internal)
                .query((rs, n) -> {
                    Timestamp at = rs.getTimestamp("submitted_at");
                    String state = rs.getString("state");
                    return new OverviewRow(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("title"),
                            rs.getObject("responsible_id", UUID.class), rs.getString("responsible_name"),
                            rs.getObject("lead_user_id", UUID.class), Visibility.valueOf(rs.getString("visibility")),
                            rs.getObject("report_id", UUID.class), rs.getString("status_code"),
                            state == null ? null : ReportState.valueOf(state), rs.getString("comment"),
                            (Integer) rs.getObject("progress"), rs.getString("submitted_by"),
                            at == null ? null : at.toInstant());
                })
                .list();
    }
}
