package dk.pejling.initiative.store;

import dk.pejling.initiative.OverviewRow;
import dk.pejling.initiative.ReportState;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.AuditAction;
import dk.pejling.shared.AuditEvent;
import dk.pejling.shared.Visibility;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The overview of a round in one query, however many initiatives it asks about. */
@Repository
public class RoundQueries {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final OrganisationService organisations;

    RoundQueries(JdbcClient jdbc, ApplicationEventPublisher events, OrganisationService organisations) {
        this.jdbc = jdbc;
        this.events = events;
        this.organisations = organisations;
    }

    private static final String WHERE = "\n" + """
             WHERE ri.round_id = :round AND (i.visibility = 'PUBLIC' OR :internal = TRUE)
               AND (:allOrgs = TRUE OR i.responsible_id IN (:orgs))""";

    public void addMembers(UUID roundId, List<UUID> initiatives) {
        for (UUID initiative : initiatives) {
            jdbc.sql("INSERT INTO reporting_round_initiative (round_id, initiative_id) VALUES (:round, :initiative)")
                    .param("round", roundId).param("initiative", initiative).update();
        }
        // Written by plain SQL, so one audit entry for the round's members rather than one per row.
        events.publishEvent(AuditEvent.change(AuditAction.CREATE, "reporting_round_initiative", roundId, null,
                Map.of("initiatives", initiatives)));
    }

    public boolean includes(UUID roundId, UUID initiativeId) {
        return jdbc.sql("SELECT COUNT(*) FROM reporting_round_initiative WHERE round_id = :round AND initiative_id = :initiative")
                .param("round", roundId).param("initiative", initiativeId).query(Long.class).single() > 0;
    }

    /** Every initiative of the round with its report, for jobs that need them all (reminders, tasks). */
    public List<OverviewRow> overview(UUID roundId, boolean internal) {
        return rows(roundId, internal, null, null, Integer.MAX_VALUE, 0);
    }

    /**
     * One page of the round's initiatives. {@code orgs} null means every organisation; {@code status}
     * is a status code, "not-reported", or null for all.
     */
    public List<OverviewRow> rows(UUID roundId, boolean internal, Collection<UUID> orgs, String status, int limit,
                                  long offset) {
        List<OverviewRow> found = bind(jdbc.sql("""
                SELECT i.id, i.number, i.title, i.responsible_id, i.lead_user_id, i.visibility,
                       r.id AS report_id, r.status_code, r.state, r.comment, r.progress, r.submitted_by, r.submitted_at,
                       r.version AS report_version
                  FROM reporting_round_initiative ri
                  JOIN initiative i ON i.id = ri.initiative_id
                  LEFT JOIN status_report r ON r.round_id = ri.round_id AND r.initiative_id = ri.initiative_id"""
                + WHERE + STATUS + " ORDER BY i.sort_order, i.number, i.id LIMIT :limit OFFSET :offset"),
                roundId, internal, orgs)
                .param("status", status)
                .param("limit", limit)
                .param("offset", offset)
                .query(RoundQueries::row)
                .list();
        return withResponsibleNames(found);
    }

    /** The responsible organisations' names through the organisation module's API, not its table. */
    private List<OverviewRow> withResponsibleNames(List<OverviewRow> rows) {
        Map<OrganisationId, dk.pejling.organisation.Organisation> named = organisations.byIds(rows.stream()
                .map(OverviewRow::responsibleId).filter(java.util.Objects::nonNull).distinct().map(OrganisationId::new).toList());
        return rows.stream().map(r -> {
            var organisation = r.responsibleId() == null ? null : named.get(new OrganisationId(r.responsibleId()));
            return new OverviewRow(r.initiativeId(), r.number(), r.title(), r.responsibleId(),
                    organisation == null ? null : organisation.name(), r.leadUserId(), r.visibility(), r.reportId(),
                    r.statusCode(), r.state(), r.comment(), r.progress(), r.submittedBy(), r.submittedAt(), r.reportVersion());
        }).toList();
    }

    public long total(UUID roundId, boolean internal, Collection<UUID> orgs, String status) {
        return bind(jdbc.sql("""
                SELECT COUNT(*) FROM reporting_round_initiative ri
                  JOIN initiative i ON i.id = ri.initiative_id
                  LEFT JOIN status_report r ON r.round_id = ri.round_id AND r.initiative_id = ri.initiative_id"""
                + WHERE + STATUS), roundId, internal, orgs)
                .param("status", status)
                .query(Long.class).single();
    }

    /** Initiatives per status code; those without a report under the key null. */
    public Map<String, Long> counts(UUID roundId, boolean internal, Collection<UUID> orgs) {
        Map<String, Long> counts = new HashMap<>();
        bind(jdbc.sql("""
                SELECT r.status_code, COUNT(*) AS n FROM reporting_round_initiative ri
                  JOIN initiative i ON i.id = ri.initiative_id
                  LEFT JOIN status_report r ON r.round_id = ri.round_id AND r.initiative_id = ri.initiative_id"""
                + WHERE + " GROUP BY r.status_code"), roundId, internal, orgs)
                .query((rs, n) -> Map.entry(java.util.Optional.ofNullable(rs.getString("status_code")), rs.getLong("n")))
                .list()
                .forEach(e -> counts.put(e.getKey().orElse(null), e.getValue()));
        return counts;
    }

    private static final String STATUS = "\n" + """
               AND (CAST(:status AS VARCHAR) IS NULL OR (CAST(:status AS VARCHAR) = 'not-reported' AND r.id IS NULL)
                    OR r.status_code = :status)""";

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, UUID roundId, boolean internal,
                                                 Collection<UUID> orgs) {
        // An IN list cannot be empty; with no organisation filter any id will do, it is not looked at.
        List<UUID> list = orgs == null || orgs.isEmpty() ? List.of(new UUID(0, 0)) : new ArrayList<>(orgs);
        return spec.param("round", roundId).param("internal", internal).param("allOrgs", orgs == null).param("orgs", list);
    }

    private static OverviewRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp at = rs.getTimestamp("submitted_at");
        String state = rs.getString("state");
        return new OverviewRow(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("title"),
                rs.getObject("responsible_id", UUID.class), null,
                rs.getObject("lead_user_id", UUID.class), Visibility.valueOf(rs.getString("visibility")),
                rs.getObject("report_id", UUID.class), rs.getString("status_code"),
                state == null ? null : ReportState.valueOf(state), rs.getString("comment"),
                (Integer) rs.getObject("progress"), rs.getString("submitted_by"),
                at == null ? null : at.toInstant(), (Long) rs.getObject("report_version", Long.class));
    }
}
