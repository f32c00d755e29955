package dk.pejling.proceedings.oparl;

import dk.pejling.proceedings.AgendaItem;
import dk.pejling.proceedings.AgendaItemView;
import dk.pejling.proceedings.Attachment;
import dk.pejling.proceedings.ClosedAccess;
import dk.pejling.proceedings.oparl.OParlListRequest.Paging;
import dk.pejling.proceedings.oparl.OParlObject.Deleted;
import dk.pejling.proceedings.oparl.OParlQueries.BodyRow;
import dk.pejling.proceedings.oparl.OParlQueries.CaseRow;
import dk.pejling.proceedings.oparl.OParlQueries.CommitteeRow;
import dk.pejling.proceedings.oparl.OParlQueries.FileRow;
import dk.pejling.proceedings.oparl.OParlQueries.MeetingRow;
import dk.pejling.proceedings.oparl.OParlQueries.MembershipRow;
import dk.pejling.proceedings.oparl.OParlQueries.Page;
import dk.pejling.proceedings.oparl.OParlQueries.PersonRow;
import dk.pejling.proceedings.oparl.OParlQueries.TermRow;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Turns the proceedings' read models into OParl objects, with every link absolute under the application's address as
 * the client called it ({@code root}). It reads nothing itself: what an object embeds (a meeting's agenda items, a
 * person's memberships) is handed to it.
 */
final class OParlMapper {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    /** OParl's dates carry an offset and no fraction. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter MEETING_DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** The system object has no row of its own; its times are those of the API's first release. */
    private static final Instant SYSTEM_CREATED = Instant.parse("2026-11-24T00:00:00Z");

    private final String root;
    private final String base;

    OParlMapper(String root) {
        this.root = root;
        this.base = root + "/oparl/v1";
    }

    // ---------------------------------------------------------------- objects

    OParlObject.System system() {
        return new OParlObject.System(base + "/system", type("System"), OParlObject.NAMESPACE, base + "/bodies",
                "Pejling", root + "/", format(SYSTEM_CREATED), format(SYSTEM_CREATED), root + "/udvalg");
    }

    OParlObject.Body body(BodyRow b, List<TermRow> terms) {
        String self = base + "/body/" + b.id();
        return new OParlObject.Body(self, type("Body"), base + "/system", b.shortName(), b.name(),
                self + "/organization", self + "/person", self + "/meeting", self + "/paper", self + "/agendaItem",
                self + "/consultation", self + "/file", self + "/locationList", self + "/legislativeTermList",
                self + "/membership", terms.stream().map(this::term).toList(), "Kommune", format(b.created()),
                format(b.modified()), root + "/udvalg");
    }

    OParlObject.Organization organization(CommitteeRow c, List<MembershipRow> memberships) {
        return new OParlObject.Organization(link("organization", c.id()), type("Organization"), link("body", c.bodyId()),
                c.name(), memberships.isEmpty() ? null : memberships.stream().map(m -> link("membership", m.id())).toList(),
                link("organization", c.id()) + "/meeting", "Gremium", classification(c.kind()), format(c.created()),
                format(c.modified()), root + "/udvalg/" + c.id());
    }

    private static String classification(String committeeKind) {
        return switch (committeeKind) {
            case "COUNCIL" -> "Byråd";
            case "EXECUTIVE" -> "Magistrat";
            case "BOARD" -> "Råd";
            default -> "Udvalg";
        };
    }

    OParlObject.Person person(PersonRow p, List<MembershipRow> memberships) {
        return new OParlObject.Person(link("person", p.id()), type("Person"), link("body", p.bodyId()), p.name(),
                p.party() == null ? null : List.of(p.party()), memberships.stream().map(this::membership).toList(),
                format(p.created()), format(p.modified()));
    }

    OParlObject.Membership membership(MembershipRow m) {
        return new OParlObject.Membership(link("membership", m.id()), type("Membership"), link("person", m.personId()),
                link("organization", m.committeeId()), m.role(), m.votingRight(), date(m.startDate()),
                date(m.endDate()), format(m.created()), format(m.modified()));
    }

    /** @param items the meeting's agenda items (not read for a deleted meeting) */
    OParlObject meeting(MeetingRow m, List<AgendaItem> items) {
        if (m.deleted()) {
            return deleted(link("meeting", m.id()), "Meeting", m.created(), m.modified());
        }
        return new OParlObject.Meeting(link("meeting", m.id()), type("Meeting"),
                m.committeeName() + " " + m.date().format(MEETING_DAY), meetingState(m.status()), false,
                format(m.date(), m.start() == null ? LocalTime.MIDNIGHT : m.start()),
                m.end() == null ? null : format(m.date(), m.end()), m.place() == null ? null : location(m),
                List.of(link("organization", m.committeeId())), items.stream().map(this::agendaItem).toList(),
                format(m.created()), format(m.modified()), root + "/moeder/" + m.id());
    }

    private static String meetingState(String status) {
        return switch (status) {
            case "PLANNED" -> "terminiert";
            case "AGENDA_PUBLISHED" -> "eingeladen";
            default -> "durchgeführt";
        };
    }

    /** A meeting's place; it has no row of its own, so it shares the meeting's id and times. */
    OParlObject.Location location(MeetingRow m) {
        return new OParlObject.Location(link("location", m.id()), type("Location"), m.place(),
                List.of(link("body", m.bodyId())), List.of(link("meeting", m.id())), format(m.created()),
                format(m.modified()));
    }

    /** The one way an agenda item leaves through OParl: as the anonymous public may see it. */
    OParlObject agendaItem(AgendaItem item) {
        AgendaItemView v = item.visibleTo(ClosedAccess.NONE, null);
        if (v.deleted()) {
            return deleted(link("agendaItem", v.id()), "AgendaItem", v.createdAt(), v.updatedAt());
        }
        List<OParlObject.File> files = v.attachments().stream()
                .map(a -> file(new FileRow(a.fileId(), a.name(), a.url(), v.id(), v.meetingId(), v.closed(),
                        v.createdAt(), v.updatedAt())))
                .toList();
        return new OParlObject.AgendaItem(link("agendaItem", v.id()), type("AgendaItem"), link("meeting", v.meetingId()),
                v.number(), v.order(), v.title(), !v.closed(), v.caseId() == null ? null : link("consultation", v.id()),
                v.decision(), files.isEmpty() ? null : files, v.kleCode() == null ? null : List.of("KLE " + v.kleCode()),
                format(v.createdAt()), format(v.updatedAt()), root + "/moeder/" + v.meetingId() + "#punkt-" + v.id());
    }

    /** A consultation is an agenda item's treatment of a case, so it shares the item's id. */
    OParlObject consultation(AgendaItem item, UUID committeeId) {
        AgendaItemView v = item.visibleTo(ClosedAccess.NONE, null);
        if (v.deleted()) {
            return deleted(link("consultation", v.id()), "Consultation", v.createdAt(), v.updatedAt());
        }
        return new OParlObject.Consultation(link("consultation", v.id()), type("Consultation"), link("paper", v.caseId()),
                link("agendaItem", v.id()), link("meeting", v.meetingId()),
                committeeId == null ? null : List.of(link("organization", committeeId)), false, format(v.createdAt()),
                format(v.updatedAt()));
    }

    /**
     * @param treatments the case's agenda items, or null to leave the consultations out (as lists do); closed ones
     *                   are not shown
     * @param committees the committee of each treatment's meeting
     */
    OParlObject.Paper paper(CaseRow p, List<AgendaItem> treatments, Map<UUID, UUID> committees) {
        List<OParlObject> consultations = treatments == null ? null : treatments.stream()
                .filter(i -> !i.visibleTo(ClosedAccess.NONE, null).redacted())
                .map(i -> consultation(i, committees.get(i.meetingId())))
                .toList();
        return new OParlObject.Paper(link("paper", p.id()), type("Paper"), link("body", p.bodyId()), p.title(),
                p.caseNumber(), "Sag", consultations, format(p.created()), format(p.modified()), root + "/sager/" + p.id());
    }

    OParlObject.File file(FileRow f) {
        // Pejling holds the attachments as the minutes list them, not the files: where the minutes give the file's web
        // address, that is where it is; otherwise the item's page, where they are listed.
        String accessUrl = f.url() != null ? f.url() : root + "/moeder/" + f.meetingId() + "#punkt-" + f.itemId();
        return new OParlObject.File(link("file", f.fileId()), type("File"), f.name(), f.name(), accessUrl,
                List.of(link("meeting", f.meetingId())), List.of(link("agendaItem", f.itemId())), format(f.created()),
                format(f.modified()));
    }

    OParlObject.LegislativeTerm term(TermRow t) {
        return new OParlObject.LegislativeTerm(link("legislativeTerm", t.id()), type("LegislativeTerm"),
                link("body", t.bodyId()), t.name(), date(t.startDate()), date(t.endDate()), format(t.created()),
                format(t.modified()));
    }

    // ---------------------------------------------------------------- lists

    /** All rows on one page, as for the list of bodies. */
    <T> OParlList<T> all(List<T> data, String path) {
        String self = url(path, Map.of());
        return new OParlList<>(data, new OParlList.Pagination(OParlListRequest.DEFAULT_LIMIT),
                new OParlList.Links(self, self, null));
    }

    /**
     * A page of a list under {@code path}: its links repeat the request's parameters, and the next page starts after
     * this page's last row.
     */
    <T, O> OParlList<O> page(Page<T> page, Function<T, O> render, Function<T, UUID> id, String path, Paging paging) {
        Map<String, String> self = new LinkedHashMap<>(paging.query());
        if (paging.after() != null) {
            self.put("after", paging.after().toString());
        }
        String next = null;
        if (page.more() && !page.rows().isEmpty()) {
            Map<String, String> query = new LinkedHashMap<>(paging.query());
            query.put("after", id.apply(page.rows().getLast()).toString());
            next = url(path, query);
        }
        return new OParlList<>(page.rows().stream().map(render).toList(),
                new OParlList.Pagination(paging.limit()), new OParlList.Links(url(path, paging.query()), url(path, self), next));
    }

    private String url(String path, Map<String, String> query) {
        UriComponentsBuilder b = UriComponentsBuilder.fromUriString(base + path);
        // '+' is legal in a query, but servers read it as a space (form encoding), so a time with an offset
        // (created_since=…T10:00:00+01:00) came back from the next link as "… 01:00" and was refused: each value
        // is encoded as a query parameter, and '+' as %2B.
        query.forEach((name, value) -> b.queryParam(name,
                UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8).replace("+", "%2B")));
        return b.build(true).toUriString();
    }

    // ---------------------------------------------------------------- helpers

    private String link(String kind, UUID id) {
        return base + "/" + kind + "/" + id;
    }

    private static String type(String name) {
        return OParlObject.NAMESPACE + name;
    }

    private static Deleted deleted(String id, String type, Instant created, Instant modified) {
        return new Deleted(id, type(type), format(created), format(modified), true);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static String format(Instant instant) {
        return DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE));
    }

    private static String format(LocalDate date, LocalTime time) {
        return DATE_TIME.format(LocalDateTime.of(date, time).atZone(ZONE));
    }
}
