package dk.pejling.proceedings.oparl;

import dk.pejling.proceedings.AgendaItem;
import dk.pejling.proceedings.Attachment;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The OParl lists in one query per page (and one for the page's attachments): keyset paging by id,
 * so page 5,000 costs what page 1 does, and the filters on created/modified times in the SQL.
 */
@Repository
class OParlQueries {

    private final JdbcClient jdbc;

    OParlQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The created/modified filters of a list request; deleted rows are listed only with modifiedSince, as the specification says. */
    record Filter(Instant createdSince, Instant createdUntil, Instant modifiedSince, Instant modifiedUntil) {
        boolean withDeleted() {
            return modifiedSince != null;
        }
    }

    /** A page of rows and whether more follow. */
    record Page<T>(List<T> rows, boolean more) {
    }

    private <T> Page<T> page(String select, String alias, boolean hasDeleted, Map<String, Object> params, Filter filter,
                             UUID after, int limit, RowMapper<T> mapper) {
        return page(select, alias, "", hasDeleted, params, filter, after, limit, mapper);
    }

    /**
     * @param orderPrefix columns fixed by the query's equality conditions, put before the id in ORDER BY so that
     *                    H2 reads the (prefix, id) index in order and stops after the page instead of sorting the rest
     */
    private <T> Page<T> page(String select, String alias, String orderPrefix, boolean hasDeleted, Map<String, Object> params,
                             Filter filter, UUID after, int limit, RowMapper<T> mapper) {
        StringBuilder sql = new StringBuilder(select);
        Map<String, Object> p = new HashMap<>(params);
        condition(sql, p, alias + ".created_at >= :cs", "cs", filter.createdSince());
        condition(sql, p, alias + ".created_at <= :cu", "cu", filter.createdUntil());
        condition(sql, p, alias + ".updated_at >= :ms", "ms", filter.modifiedSince());
        condition(sql, p, alias + ".updated_at <= :mu", "mu", filter.modifiedUntil());
        if (hasDeleted && !filter.withDeleted()) {
            sql.append(" AND ").append(alias).append(".deleted = FALSE");
        }
        if (after != null) {
            sql.append(" AND ").append(alias).append(".id > :after");
            p.put("after", after);
        }
        sql.append(" ORDER BY ").append(orderPrefix).append(alias).append(".id LIMIT :limit");
        p.put("limit", limit + 1);
        List<T> rows = jdbc.sql(sql.toString()).params(p).query(mapper).list();
        boolean more = rows.size() > limit;
        return new Page<>(more ? rows.subList(0, limit) : rows, more);
    }

    private static void condition(StringBuilder sql, Map<String, Object> params, String clause, String name, Instant value) {
        if (value != null) {
            sql.append(" AND ").append(clause);
            params.put(name, Timestamp.from(value));
        }
    }

    // ---------------------------------------------------------------- rows

    record BodyRow(UUID id, String name, String shortName, Instant created, Instant modified) {
    }

    record CommitteeRow(UUID id, UUID bodyId, String name, String kind, Instant created, Instant modified) {
    }

    record PersonRow(UUID id, UUID bodyId, String name, String party, Instant created, Instant modified) {
    }

    record MembershipRow(UUID id, UUID personId, UUID committeeId, String role, boolean votingRight, LocalDate startDate,
                         LocalDate endDate, Instant created, Instant modified) {
    }

    record MeetingRow(UUID id, UUID committeeId, UUID bodyId, String committeeName, LocalDate date, java.time.LocalTime start,
                      java.time.LocalTime end, String place, String status, boolean deleted, Instant created,
                      Instant modified) {
    }

    record CaseRow(UUID id, UUID bodyId, String caseNumber, String title, Instant created, Instant modified) {
    }

    record TermRow(UUID id, UUID bodyId, String name, LocalDate startDate, LocalDate endDate, Instant created,
                   Instant modified) {
    }

    /** An attachment with the item it belongs to. */
    record FileRow(UUID fileId, String name, String url, UUID itemId, UUID meetingId, boolean closed, Instant created, Instant modified) {
    }

    // ---------------------------------------------------------------- bodies, committees, persons, terms

    List<BodyRow> bodies() {
        return jdbc.sql("SELECT * FROM proceedings_body ORDER BY id").query(OParlQueries::body).list();
    }

    BodyRow body(UUID id) {
        return jdbc.sql("SELECT * FROM proceedings_body WHERE id = :id").param("id", id).query(OParlQueries::body).optional().orElse(null);
    }

    Page<CommitteeRow> committees(UUID bodyId, Filter filter, UUID after, int limit) {
        return page("SELECT c.* FROM committee c WHERE c.body_id = :body", "c", false, Map.of("body", bodyId), filter,
                after, limit, OParlQueries::committee);
    }

    CommitteeRow committee(UUID id) {
        return jdbc.sql("SELECT * FROM committee WHERE id = :id").param("id", id).query(OParlQueries::committee).optional().orElse(null);
    }

    Page<PersonRow> persons(UUID bodyId, Filter filter, UUID after, int limit) {
        return page("SELECT p.* FROM proceedings_person p WHERE p.body_id = :body", "p", false, Map.of("body", bodyId),
                filter, after, limit, OParlQueries::person);
    }

    PersonRow person(UUID id) {
        return jdbc.sql("SELECT * FROM proceedings_person WHERE id = :id").param("id", id).query(OParlQueries::person).optional().orElse(null);
    }

    private static final String MEMBERSHIPS = """
            SELECT m.membership_id AS id, m.person_id, m.committee_id, m.role, m.voting_right, m.start_date, m.end_date,
                   m.created_at, c.updated_at AS updated_at, c.body_id
              FROM committee_member m JOIN committee c ON c.id = m.committee_id""";

    Page<MembershipRow> memberships(UUID bodyId, Filter filter, UUID after, int limit) {
        // A membership changes with its committee: its modification time is the committee's.
        return page("SELECT * FROM (" + MEMBERSHIPS + ") ms WHERE ms.body_id = :body", "ms", false,
                Map.of("body", bodyId), filter, after, limit, OParlQueries::membership);
    }

    MembershipRow membership(UUID id) {
        return jdbc.sql(MEMBERSHIPS + " WHERE m.membership_id = :id").param("id", id).query(OParlQueries::membership)
                .optional().orElse(null);
    }

    List<MembershipRow> membershipsOfPerson(UUID personId) {
        return jdbc.sql(MEMBERSHIPS + " WHERE m.person_id = :id ORDER BY m.membership_id").param("id", personId)
                .query(OParlQueries::membership).list();
    }

    List<MembershipRow> membershipsOfCommittee(UUID committeeId) {
        return jdbc.sql(MEMBERSHIPS + " WHERE m.committee_id = :id ORDER BY m.membership_id").param("id", committeeId)
                .query(OParlQueries::membership).list();
    }

    Page<TermRow> terms(UUID bodyId, Filter filter, UUID after, int limit) {
        return page("SELECT t.* FROM legislative_term t WHERE t.body_id = :body", "t", false, Map.of("body", bodyId),
                filter, after, limit, OParlQueries::term);
    }

    List<TermRow> terms(UUID bodyId) {
        return jdbc.sql("SELECT * FROM legislative_term WHERE body_id = :body ORDER BY start_date, id").param("body", bodyId)
                .query(OParlQueries::term).list();
    }

    TermRow term(UUID id) {
        return jdbc.sql("SELECT * FROM legislative_term WHERE id = :id").param("id", id).query(OParlQueries::term).optional().orElse(null);
    }

    // ---------------------------------------------------------------- meetings, locations

    private static final String MEETINGS = """
            SELECT m.*, c.body_id, c.name AS committee_name FROM meeting m JOIN committee c ON c.id = m.committee_id""";

    Page<MeetingRow> meetings(UUID bodyId, UUID committeeId, Filter filter, UUID after, int limit) {
        String where = committeeId == null ? " WHERE c.body_id = :body" : " WHERE m.committee_id = :committee";
        return page(MEETINGS + where, "m", true,
                committeeId == null ? Map.of("body", bodyId) : Map.of("committee", committeeId), filter, after, limit,
                OParlQueries::meeting);
    }

    Page<MeetingRow> locations(UUID bodyId, Filter filter, UUID after, int limit) {
        return page(MEETINGS + " WHERE c.body_id = :body AND m.place IS NOT NULL", "m", true, Map.of("body", bodyId),
                filter, after, limit, OParlQueries::meeting);
    }

    MeetingRow meeting(UUID id) {
        return jdbc.sql(MEETINGS + " WHERE m.id = :id").param("id", id).query(OParlQueries::meeting).optional().orElse(null);
    }

    // ---------------------------------------------------------------- agenda items, files, papers

    private static final String COLUMNS = """
            SELECT a.id, a.meeting_id, a.case_id, a.number, a.sort_order, a.title, a.closed, a.case_number, a.kle_code,
                   a.description, a.recommendation, a.decision, a.deleted, a.created_at, a.updated_at""";
    private static final String ITEMS = COLUMNS + " FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id";

    /** A body's items in id order straight from the (body_id, id) index: no join, no sort. */
    Page<AgendaItem> items(UUID bodyId, Filter filter, UUID after, int limit) {
        Page<AgendaItem> page = page(COLUMNS + " FROM agenda_item a WHERE a.body_id = :body", "a", "a.body_id, ", true,
                Map.of("body", bodyId), filter, after, limit, (rs, n) -> item(rs));
        return new Page<>(withAttachments(page.rows()), page.more());
    }

    List<AgendaItem> itemsOfMeeting(UUID meetingId) {
        return withAttachments(jdbc.sql(ITEMS + " WHERE a.meeting_id = :id AND a.deleted = FALSE ORDER BY a.sort_order, a.id")
                .param("id", meetingId).query((rs, n) -> item(rs)).list());
    }

    List<AgendaItem> itemsOfCase(UUID caseId) {
        return withAttachments(jdbc.sql(ITEMS + " WHERE a.case_id = :id AND a.deleted = FALSE AND m.deleted = FALSE ORDER BY m.meeting_date, a.id")
                .param("id", caseId).query((rs, n) -> item(rs)).list());
    }

    AgendaItem item(UUID id) {
        List<AgendaItem> found = withAttachments(jdbc.sql(ITEMS + " WHERE a.id = :id").param("id", id)
                .query((rs, n) -> item(rs)).list());
        return found.isEmpty() ? null : found.getFirst();
    }

    private List<AgendaItem> withAttachments(List<AgendaItem> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<Attachment>> byItem = new HashMap<>();
        jdbc.sql("SELECT agenda_item_id, file_id, name, url FROM agenda_item_attachment WHERE agenda_item_id IN (:ids) ORDER BY position")
                .param("ids", rows.stream().map(AgendaItem::id).toList())
                .query((rs, n) -> Map.entry(rs.getObject("agenda_item_id", UUID.class),
                        new Attachment(rs.getObject("file_id", UUID.class), rs.getString("name"), rs.getString("url"))))
                .list()
                .forEach(e -> byItem.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<AgendaItem> out = new ArrayList<>(rows.size());
        for (AgendaItem row : rows) {
            out.add(row.withAttachments(byItem.getOrDefault(row.id(), List.of())));
        }
        return out;
    }

    private static final String FILES = """
            SELECT f.file_id, f.file_id AS id, f.name, f.url, a.id AS item_id, a.meeting_id, a.closed, a.created_at, a.updated_at, a.deleted, a.body_id
              FROM agenda_item_attachment f JOIN agenda_item a ON a.id = f.agenda_item_id""";

    /** Files of closed items are not listed at all: even their names are content. */
    Page<FileRow> files(UUID bodyId, Filter filter, UUID after, int limit) {
        return page("SELECT * FROM (" + FILES + ") x WHERE x.body_id = :body AND x.closed = FALSE", "x", true,
                Map.of("body", bodyId), filter, after, limit, OParlQueries::file);
    }

    FileRow file(UUID fileId) {
        return jdbc.sql(FILES + " WHERE f.file_id = :id AND a.deleted = FALSE").param("id", fileId).query(OParlQueries::file)
                .optional().orElse(null);
    }

    /** A case is public when it has an open treatment, or none yet (a case known only by its timetable). */
    private static final String PUBLIC_CASE = """
             AND (EXISTS (SELECT 1 FROM agenda_item a WHERE a.case_id = p.id AND a.closed = FALSE AND a.deleted = FALSE)
                  OR NOT EXISTS (SELECT 1 FROM agenda_item a WHERE a.case_id = p.id AND a.deleted = FALSE))""";

    Page<CaseRow> papers(UUID bodyId, Filter filter, UUID after, int limit) {
        return page("SELECT p.* FROM proceedings_case p WHERE p.body_id = :body" + " " + PUBLIC_CASE, "p", false,
                Map.of("body", bodyId), filter, after, limit, OParlQueries::paper);
    }

    CaseRow paper(UUID id) {
        return jdbc.sql("SELECT p.* FROM proceedings_case p WHERE p.id = :id" + " " + PUBLIC_CASE).param("id", id)
                .query(OParlQueries::paper).optional().orElse(null);
    }

    /** Consultations are the open treatments of cases: the agenda items that name one. */
    Page<AgendaItem> consultations(UUID bodyId, Filter filter, UUID after, int limit) {
        return page(COLUMNS + " FROM agenda_item a WHERE a.body_id = :body AND a.case_id IS NOT NULL AND a.closed = FALSE", "a",
                "a.body_id, ", true,
                Map.of("body", bodyId), filter, after, limit, (rs, n) -> item(rs));
    }

    Map<UUID, UUID> committeesOfMeetings(Collection<UUID> meetingIds) {
        Map<UUID, UUID> out = new LinkedHashMap<>();
        if (!meetingIds.isEmpty()) {
            jdbc.sql("SELECT id, committee_id FROM meeting WHERE id IN (:ids)").param("ids", meetingIds)
                    .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getObject("committee_id", UUID.class)))
                    .list().forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    // ---------------------------------------------------------------- mappers

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static BodyRow body(ResultSet rs, int n) throws SQLException {
        return new BodyRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("short_name"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static CommitteeRow committee(ResultSet rs, int n) throws SQLException {
        return new CommitteeRow(rs.getObject("id", UUID.class), rs.getObject("body_id", UUID.class), rs.getString("name"),
                rs.getString("kind"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static PersonRow person(ResultSet rs, int n) throws SQLException {
        return new PersonRow(rs.getObject("id", UUID.class), rs.getObject("body_id", UUID.class), rs.getString("name"),
                rs.getString("party"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static MembershipRow membership(ResultSet rs, int n) throws SQLException {
        return new MembershipRow(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("committee_id", UUID.class), rs.getString("role"), rs.getBoolean("voting_right"),
                date(rs, "start_date"), date(rs, "end_date"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static MeetingRow meeting(ResultSet rs, int n) throws SQLException {
        java.sql.Time s = rs.getTime("start_time");
        java.sql.Time e = rs.getTime("end_time");
        return new MeetingRow(rs.getObject("id", UUID.class), rs.getObject("committee_id", UUID.class),
                rs.getObject("body_id", UUID.class), rs.getString("committee_name"), date(rs, "meeting_date"),
                s == null ? null : s.toLocalTime(), e == null ? null : e.toLocalTime(), rs.getString("place"),
                rs.getString("status"), rs.getBoolean("deleted"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static CaseRow paper(ResultSet rs, int n) throws SQLException {
        return new CaseRow(rs.getObject("id", UUID.class), rs.getObject("body_id", UUID.class), rs.getString("case_number"),
                rs.getString("title"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static TermRow term(ResultSet rs, int n) throws SQLException {
        return new TermRow(rs.getObject("id", UUID.class), rs.getObject("body_id", UUID.class), rs.getString("name"),
                date(rs, "start_date"), date(rs, "end_date"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static FileRow file(ResultSet rs, int n) throws SQLException {
        return new FileRow(rs.getObject("file_id", UUID.class), rs.getString("name"), rs.getString("url"), rs.getObject("item_id", UUID.class),
                rs.getObject("meeting_id", UUID.class), rs.getBoolean("closed"), instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static AgendaItem item(ResultSet rs) throws SQLException {
        return AgendaItem.fromRow(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                rs.getObject("case_id", UUID.class), rs.getString("number"), rs.getInt("sort_order"), rs.getString("title"),
                rs.getBoolean("closed"), rs.getString("case_number"), rs.getString("kle_code"), rs.getString("description"),
                rs.getString("recommendation"), rs.getString("decision"), rs.getBoolean("deleted"),
                instant(rs, "created_at"), instant(rs, "updated_at"), List.of());
    }
}
