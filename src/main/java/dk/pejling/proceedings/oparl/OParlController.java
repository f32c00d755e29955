package dk.pejling.proceedings.oparl;

import dk.pejling.proceedings.AgendaItem;
import dk.pejling.proceedings.AgendaItemView;
import dk.pejling.proceedings.ClosedAccess;
import dk.pejling.proceedings.Attachment;
import dk.pejling.proceedings.oparl.OParlQueries.BodyRow;
import dk.pejling.proceedings.oparl.OParlQueries.CaseRow;
import dk.pejling.proceedings.oparl.OParlQueries.CommitteeRow;
import dk.pejling.proceedings.oparl.OParlQueries.FileRow;
import dk.pejling.proceedings.oparl.OParlQueries.Filter;
import dk.pejling.proceedings.oparl.OParlQueries.MeetingRow;
import dk.pejling.proceedings.oparl.OParlQueries.MembershipRow;
import dk.pejling.proceedings.oparl.OParlQueries.Page;
import dk.pejling.proceedings.oparl.OParlQueries.PersonRow;
import dk.pejling.proceedings.oparl.OParlQueries.TermRow;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The OParl 1.1 read API (https://oparl.org/spezifikation/): the open part of the proceedings for
 * anyone. It always answers as the anonymous public, whoever is signed in, so a closed agenda
 * item shows only its number, title and place on the agenda, and its files are not listed.
 */
@RestController
@RequestMapping(path = "/oparl/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class OParlController {

    static final String TYPE = "https://schema.oparl.org/1.1/";
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    /** OParl's dates carry an offset and no fraction. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final Instant SYSTEM_CREATED = Instant.parse("2026-11-24T00:00:00Z");

    private final OParlQueries queries;

    OParlController(OParlQueries queries) {
        this.queries = queries;
    }

    @ModelAttribute
    void openToEveryone(HttpServletResponse response) {
        // Any site may read open data (the specification recommends CORS for all origins).
        response.setHeader("Access-Control-Allow-Origin", "*");
    }

    // ---------------------------------------------------------------- system and bodies

    @GetMapping({"", "/", "/system"})
    Map<String, Object> system() {
        Map<String, Object> o = object("System", base() + "/system");
        o.put("oparlVersion", TYPE);
        o.put("body", base() + "/bodies");
        o.put("name", "Pejling");
        o.put("website", root() + "/");
        times(o, SYSTEM_CREATED, SYSTEM_CREATED);
        o.put("web", root() + "/udvalg");
        return o;
    }

    @GetMapping("/bodies")
    Map<String, Object> bodies(@RequestParam(required = false) String created_since, @RequestParam(required = false) String created_until,
                               @RequestParam(required = false) String modified_since, @RequestParam(required = false) String modified_until) {
        filter(created_since, created_until, modified_since, modified_until);
        List<Object> data = new ArrayList<>();
        queries.bodies().forEach(b -> data.add(body(b)));
        return list(data, false, null, "/bodies", Map.of(), DEFAULT_LIMIT);
    }

    @GetMapping("/body/{id}")
    Map<String, Object> body(@PathVariable UUID id) {
        return body(found(queries.body(id), "body", id));
    }

    private Map<String, Object> body(BodyRow b) {
        String self = base() + "/body/" + b.id();
        Map<String, Object> o = object("Body", self);
        o.put("system", base() + "/system");
        put(o, "shortName", b.shortName());
        o.put("name", b.name());
        for (String list : List.of("organization", "person", "meeting", "paper", "agendaItem", "consultation", "file",
                "locationList", "legislativeTermList", "membership")) {
            o.put(list, self + "/" + list);
        }
        List<Object> terms = new ArrayList<>();
        queries.terms(b.id()).forEach(t -> terms.add(term(t)));
        o.put("legislativeTerm", terms);
        o.put("classification", "Kommune");
        times(o, b.created(), b.modified());
        o.put("web", root() + "/udvalg");
        return o;
    }

    // ---------------------------------------------------------------- lists of a body

    @GetMapping("/body/{id}/organization")
    Map<String, Object> organizations(@PathVariable UUID id, @RequestParam Map<String, String> params) {
        Request r = request(id, params);
        return page(queries.committees(id, r.filter(), r.after(), r.limit()), c -> organization(c, List.of()),
                CommitteeRow::id, "/body/" + id + "/organization", r);
    }

    @GetMapping("/body/{id}/person")
    Map<String, Object> persons(@PathVariable UUID id, @RequestParam Map<String, String> params) {
        Request r = request(id, params);
        return page(queries.persons(id, r.filter(), r.after(), r.limit()), this::person, PersonRow::id,
                "/body/" + id + "/person", r);
    }

    @GetMapping("/body/{id}/membership")
    Map<String, Object> memberships(@PathVariable UUID id, @RequestParam Map<String, String> params) {
        Request r = request(id, params);
        return page(queries.memberships(id, r.filter(), r.after(), r.limit()), this::membership, MembershipRow::id,
                "/body/" + id + "/membership", r);
    }

    @GetMapping("/body/{id}/meeting")
    Map<String, Object> meetings(@PathVariable UUID id, @RequestParam Map<String, String> params) {
        Request r = request(id, params);
        return page(queries.meetings(id, null, r.filter(), r.after(), r.limit()), this::meeting, MeetingRow::id,
                "/body/" + id + "/meeting", r);
    }

    @GetMapping("/organization/{id}/meeting")
    Map<String, Object> meetingsOfOrganization(@PathVariable UUID id, @RequestParam Map<String, String> params) {
        CommitteeRow c = found(queries.committee(id), "organization", id);
        Request r = request(c.bodyId(), params);
        return page(queries.meetings(null, id, r.filter(), r.after(), r.limit()), this::meeting, MeetingRow::id,
                "/organization/" + id + "/meeting", r);
    }

    @GetMapping("/body/{id}/agendaItem")
    Map<String, Object> agendaItems(@PathVariable UUID id, @RequestParam Map<String, String> params) {
        Request r = request(id, params);
        return page(queries.items(id, r.filter(), r.after(), r.limit()), this::agendaItem, AgendaItem::id,
                "/body/" + id + "/agendaItem", r);
    }

    @GetMapping("/body/{id}/consultation")
    Map<String, Object> consultations(@PathVariable UUID id, @RequestParam Map<String, String> params) {
        Request r = request(id, params);
        Page<AgendaItem> page = queries.consultations(id, r.filter(), r.after(), r.limit());
        Map<UUID, UUID> committees = queries.committeesOfMeetings(page.rows().stream().map(AgendaItem::meetingId).toList());
        return page(page, i -> consultation(i, committees.get(i.meetingId())), AgendaItem::id,
                "/body/" + id + "/consultation", r);
    }

    @GetMapping("/body/{id}/paper")
    Map<String, Object> papers(@PathVariable UUID id, @RequestParam Map<String, String> params) {
        Request r = request(id, params);
        return page(queries.papers(id, r.filter(), r.after(), r.limit()), p -> paper(p, false), CaseRow::id,
                "/body/" + id + "/paper", r);
    }

    @GetMapping("/body/{id}/file")
    Map<String, Object> files(@PathVariable UUID id, @RequestParam Map<String, String> params) {
        Request r = request(id, params);
        return page(queries.files(id, r.filter(), r.after(), r.limit()), this::file, FileRow::fileId,
                "/body/" + id + "/file", r);
    }

    @GetMapping("/body/{id}/locationList")
    Map<String, Object> locations(@PathVariable UUID id, @RequestParam Map<String, String> params) {
        Request r = request(id, params);
        return page(queries.locations(id, r.filter(), r.after(), r.limit()), this::location, MeetingRow::id,
                "/body/" + id + "/locationList", r);
    }

    @GetMapping("/body/{id}/legislativeTermList")
    Map<String, Object> terms(@PathVariable UUID id, @RequestParam Map<String, String> params) {
        Request r = request(id, params);
        return page(queries.terms(id, r.filter(), r.after(), r.limit()), this::term, TermRow::id,
                "/body/" + id + "/legislativeTermList", r);
    }

    // ---------------------------------------------------------------- single objects

    @GetMapping("/organization/{id}")
    Map<String, Object> organization(@PathVariable UUID id) {
        return organization(found(queries.committee(id), "organization", id), queries.membershipsOfCommittee(id));
    }

    @GetMapping("/person/{id}")
    Map<String, Object> person(@PathVariable UUID id) {
        return person(found(queries.person(id), "person", id));
    }

    @GetMapping("/membership/{id}")
    Map<String, Object> membership(@PathVariable UUID id) {
        return membership(found(queries.membership(id), "membership", id));
    }

    @GetMapping("/meeting/{id}")
    Map<String, Object> meeting(@PathVariable UUID id) {
        return meeting(found(queries.meeting(id), "meeting", id));
    }

    @GetMapping("/agendaItem/{id}")
    Map<String, Object> agendaItem(@PathVariable UUID id) {
        return agendaItem(found(queries.item(id), "agenda item", id));
    }

    @GetMapping("/consultation/{id}")
    Map<String, Object> consultation(@PathVariable UUID id) {
        AgendaItem item = queries.item(id);
        AgendaItemView view = item == null ? null : item.visibleTo(ClosedAccess.NONE, null);
        if (view == null || view.caseId() == null || view.deleted()) {
            throw new NotFoundException("consultation", id);
        }
        return consultation(item, queries.committeesOfMeetings(List.of(item.meetingId())).get(item.meetingId()));
    }

    @GetMapping("/paper/{id}")
    Map<String, Object> paper(@PathVariable UUID id) {
        return paper(found(queries.paper(id), "paper", id), true);
    }

    @GetMapping("/file/{id}")
    Map<String, Object> file(@PathVariable UUID id) {
        FileRow f = queries.file(id);
        if (f == null || f.closed()) {
            throw new NotFoundException("file", id);
        }
        return file(f);
    }

    @GetMapping("/location/{id}")
    Map<String, Object> location(@PathVariable UUID id) {
        MeetingRow m = queries.meeting(id);
        if (m == null || m.place() == null || m.deleted()) {
            throw new NotFoundException("location", id);
        }
        return location(m);
    }

    @GetMapping("/legislativeTerm/{id}")
    Map<String, Object> term(@PathVariable UUID id) {
        return term(found(queries.term(id), "legislative term", id));
    }

    // ---------------------------------------------------------------- object builders

    private Map<String, Object> organization(CommitteeRow c, List<MembershipRow> memberships) {
        Map<String, Object> o = object("Organization", base() + "/organization/" + c.id());
        o.put("body", base() + "/body/" + c.bodyId());
        o.put("name", c.name());
        if (!memberships.isEmpty()) {
            o.put("membership", memberships.stream().map(m -> base() + "/membership/" + m.id()).toList());
        }
        o.put("meeting", base() + "/organization/" + c.id() + "/meeting");
        o.put("organizationType", "Gremium");
        o.put("classification", switch (c.kind()) {
            case "COUNCIL" -> "Byråd";
            case "EXECUTIVE" -> "Magistrat";
            case "BOARD" -> "Råd";
            default -> "Udvalg";
        });
        times(o, c.created(), c.modified());
        o.put("web", root() + "/udvalg/" + c.id());
        return o;
    }

    private Map<String, Object> person(PersonRow p) {
        Map<String, Object> o = object("Person", base() + "/person/" + p.id());
        o.put("body", base() + "/body/" + p.bodyId());
        o.put("name", p.name());
        if (p.party() != null) {
            o.put("status", List.of(p.party()));
        }
        List<Object> memberships = new ArrayList<>();
        queries.membershipsOfPerson(p.id()).forEach(m -> memberships.add(membership(m)));
        o.put("membership", memberships);
        times(o, p.created(), p.modified());
        return o;
    }

    private Map<String, Object> membership(MembershipRow m) {
        Map<String, Object> o = object("Membership", base() + "/membership/" + m.id());
        o.put("person", base() + "/person/" + m.personId());
        o.put("organization", base() + "/organization/" + m.committeeId());
        put(o, "role", m.role());
        o.put("votingRight", m.votingRight());
        put(o, "startDate", m.startDate());
        put(o, "endDate", m.endDate());
        times(o, m.created(), m.modified());
        return o;
    }

    private Map<String, Object> meeting(MeetingRow m) {
        Map<String, Object> o = object("Meeting", base() + "/meeting/" + m.id());
        if (m.deleted()) {
            return deleted(o, m.created(), m.modified());
        }
        o.put("name", m.committeeName() + " " + m.date().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        o.put("meetingState", switch (m.status()) {
            case "PLANNED" -> "terminiert";
            case "AGENDA_PUBLISHED" -> "eingeladen";
            default -> "durchgeführt";
        });
        o.put("cancelled", false);
        o.put("start", format(m.date(), m.start() == null ? LocalTime.MIDNIGHT : m.start()));
        if (m.end() != null) {
            o.put("end", format(m.date(), m.end()));
        }
        if (m.place() != null) {
            o.put("location", location(m));
        }
        o.put("organization", List.of(base() + "/organization/" + m.committeeId()));
        List<Object> items = new ArrayList<>();
        queries.itemsOfMeeting(m.id()).forEach(i -> items.add(agendaItem(i)));
        o.put("agendaItem", items);
        times(o, m.created(), m.modified());
        o.put("web", root() + "/moeder/" + m.id());
        return o;
    }

    private Map<String, Object> location(MeetingRow m) {
        Map<String, Object> o = object("Location", base() + "/location/" + m.id());
        o.put("description", m.place());
        o.put("bodies", List.of(base() + "/body/" + m.bodyId()));
        o.put("meetings", List.of(base() + "/meeting/" + m.id()));
        times(o, m.created(), m.modified());
        return o;
    }

    /** The one way an agenda item leaves through OParl: as the anonymous public may see it. */
    private Map<String, Object> agendaItem(AgendaItem item) {
        AgendaItemView v = item.visibleTo(ClosedAccess.NONE, null);
        Map<String, Object> o = object("AgendaItem", base() + "/agendaItem/" + v.id());
        if (v.deleted()) {
            return deleted(o, v.createdAt(), v.updatedAt());
        }
        o.put("meeting", base() + "/meeting/" + v.meetingId());
        put(o, "number", v.number());
        o.put("order", v.order());
        o.put("name", v.title());
        o.put("public", !v.closed());
        if (v.caseId() != null) {
            o.put("consultation", base() + "/consultation/" + v.id());
        }
        put(o, "resolutionText", v.decision());
        if (!v.attachments().isEmpty()) {
            List<Object> files = new ArrayList<>();
            for (Attachment a : v.attachments()) {
                files.add(file(new FileRow(a.fileId(), a.name(), a.url(), v.id(), v.meetingId(), v.closed(), v.createdAt(), v.updatedAt())));
            }
            o.put("auxiliaryFile", files);
        }
        if (v.kleCode() != null) {
            o.put("keyword", List.of("KLE " + v.kleCode()));
        }
        times(o, v.createdAt(), v.updatedAt());
        o.put("web", root() + "/moeder/" + v.meetingId() + "#punkt-" + v.id());
        return o;
    }

    private Map<String, Object> consultation(AgendaItem item, UUID committeeId) {
        AgendaItemView v = item.visibleTo(ClosedAccess.NONE, null);
        Map<String, Object> o = object("Consultation", base() + "/consultation/" + v.id());
        if (v.deleted()) {
            return deleted(o, v.createdAt(), v.updatedAt());
        }
        o.put("paper", base() + "/paper/" + v.caseId());
        o.put("agendaItem", base() + "/agendaItem/" + v.id());
        o.put("meeting", base() + "/meeting/" + v.meetingId());
        if (committeeId != null) {
            o.put("organization", List.of(base() + "/organization/" + committeeId));
        }
        o.put("authoritative", false);
        times(o, v.createdAt(), v.updatedAt());
        return o;
    }

    private Map<String, Object> paper(CaseRow p, boolean withConsultations) {
        Map<String, Object> o = object("Paper", base() + "/paper/" + p.id());
        o.put("body", base() + "/body/" + p.bodyId());
        o.put("name", p.title());
        o.put("reference", p.caseNumber());
        o.put("paperType", "Sag");
        if (withConsultations) {
            List<AgendaItem> items = queries.itemsOfCase(p.id());
            Map<UUID, UUID> committees = queries.committeesOfMeetings(items.stream().map(AgendaItem::meetingId).toList());
            List<Object> consultations = new ArrayList<>();
            items.stream().filter(i -> !i.visibleTo(ClosedAccess.NONE, null).redacted())
                    .forEach(i -> consultations.add(consultation(i, committees.get(i.meetingId()))));
            o.put("consultation", consultations);
        }
        times(o, p.created(), p.modified());
        o.put("web", root() + "/sager/" + p.id());
        return o;
    }

    private Map<String, Object> file(FileRow f) {
        Map<String, Object> o = object("File", base() + "/file/" + f.fileId());
        o.put("name", f.name());
        o.put("fileName", f.name());
        // Pejling holds the attachments as the minutes list them, not the files: where the minutes give the file's web
        // address, that is where it is; otherwise the item's page, where they are listed.
        o.put("accessUrl", f.url() != null ? f.url() : root() + "/moeder/" + f.meetingId() + "#punkt-" + f.itemId());
        o.put("meeting", List.of(base() + "/meeting/" + f.meetingId()));
        o.put("agendaItem", List.of(base() + "/agendaItem/" + f.itemId()));
        times(o, f.created(), f.modified());
        return o;
    }

    private Map<String, Object> term(TermRow t) {
        Map<String, Object> o = object("LegislativeTerm", base() + "/legislativeTerm/" + t.id());
        o.put("body", base() + "/body/" + t.bodyId());
        o.put("name", t.name());
        put(o, "startDate", t.startDate());
        put(o, "endDate", t.endDate());
        times(o, t.created(), t.modified());
        return o;
    }

    // ---------------------------------------------------------------- lists, paging, filters

    record Request(Filter filter, UUID after, int limit, Map<String, String> query) {
    }

    private Request request(UUID bodyId, Map<String, String> params) {
        if (queries.body(bodyId) == null && queries.committee(bodyId) == null) {
            throw new NotFoundException("body", bodyId);
        }
        Filter filter = filter(params.get("created_since"), params.get("created_until"), params.get("modified_since"),
                params.get("modified_until"));
        int limit = DEFAULT_LIMIT;
        if (params.get("limit") != null) {
            try {
                limit = Integer.parseInt(params.get("limit"));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("limit", "must be a whole number");
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new InvalidInputException("limit", "must be between 1 and 100");
            }
        }
        UUID after = null;
        if (params.get("after") != null) {
            try {
                after = UUID.fromString(params.get("after"));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("after", "has an invalid value");
            }
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (String key : List.of("created_since", "created_until", "modified_since", "modified_until", "limit")) {
            if (params.get(key) != null) {
                query.put(key, params.get(key));
            }
        }
        return new Request(filter, after, limit, query);
    }

    private static Filter filter(String createdSince, String createdUntil, String modifiedSince, String modifiedUntil) {
        return new Filter(instant("created_since", createdSince), instant("created_until", createdUntil),
                instant("modified_since", modifiedSince), instant("modified_until", modifiedUntil));
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.strip()).atStartOfDay(ZONE).toInstant();
            } catch (DateTimeParseException e2) {
                throw new InvalidInputException(field, "must be a date and time with offset");
            }
        }
    }

    private <T> Map<String, Object> page(Page<T> page, Function<T, Map<String, Object>> render, Function<T, UUID> id,
                                         String path, Request r) {
        List<Object> data = new ArrayList<>();
        page.rows().forEach(row -> data.add(render.apply(row)));
        UUID last = page.rows().isEmpty() ? null : id.apply(page.rows().getLast());
        Map<String, String> self = new LinkedHashMap<>(r.query());
        if (r.after() != null) {
            self.put("after", r.after().toString());
        }
        Map<String, Object> out = list(data, page.more(), last, path, r.query(), r.limit());
        @SuppressWarnings("unchecked")
        Map<String, Object> links = (Map<String, Object>) out.get("links");
        links.put("self", url(path, self));
        return out;
    }

    private Map<String, Object> list(List<Object> data, boolean more, UUID last, String path, Map<String, String> query,
                                     int limit) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("data", data);
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("elementsPerPage", limit);
        out.put("pagination", pagination);
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("first", url(path, query));
        links.put("self", url(path, query));
        if (more && last != null) {
            Map<String, String> next = new LinkedHashMap<>(query);
            next.put("after", last.toString());
            links.put("next", url(path, next));
        }
        out.put("links", links);
        return out;
    }

    private String url(String path, Map<String, String> query) {
        UriComponentsBuilder b = UriComponentsBuilder.fromUriString(base() + path);
        query.forEach(b::queryParam);
        return b.encode().build().toUriString();
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, Object> object(String type, String id) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", id);
        o.put("type", TYPE + type);
        return o;
    }

    private static Map<String, Object> deleted(Map<String, Object> o, Instant created, Instant modified) {
        times(o, created, modified);
        o.put("deleted", true);
        return o;
    }

    private static void times(Map<String, Object> o, Instant created, Instant modified) {
        o.put("created", format(created));
        o.put("modified", format(modified));
    }

    private static void put(Map<String, Object> o, String key, Object value) {
        if (value != null) {
            o.put(key, value instanceof LocalDate d ? d.toString() : value);
        }
    }

    static String format(Instant instant) {
        return DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE));
    }

    private static String format(LocalDate date, LocalTime time) {
        return DATE_TIME.format(LocalDateTime.of(date, time).atZone(ZONE));
    }

    private static <T> T found(T row, String what, UUID id) {
        if (row == null) {
            throw new NotFoundException(what, id);
        }
        return row;
    }

    /** The application's address as the client called it; built once per request, as a page writes hundreds of URLs. */
    private static String root() {
        org.springframework.web.context.request.RequestAttributes request =
                org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes();
        Object root = request.getAttribute(ROOT, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        if (root == null) {
            root = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
            request.setAttribute(ROOT, root, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        }
        return (String) root;
    }

    private static final String ROOT = OParlController.class.getName() + ".root";

    private static String base() {
        return root() + "/oparl/v1";
    }

}
