package dk.pejling.proceedings.oparl;

import dk.pejling.proceedings.AgendaItem;
import dk.pejling.proceedings.AgendaItemView;
import dk.pejling.proceedings.ClosedAccess;
import dk.pejling.proceedings.oparl.OParlListRequest.Paging;
import dk.pejling.proceedings.oparl.OParlQueries.CaseRow;
import dk.pejling.proceedings.oparl.OParlQueries.CommitteeRow;
import dk.pejling.proceedings.oparl.OParlQueries.FileRow;
import dk.pejling.proceedings.oparl.OParlQueries.MeetingRow;
import dk.pejling.proceedings.oparl.OParlQueries.MembershipRow;
import dk.pejling.proceedings.oparl.OParlQueries.Page;
import dk.pejling.proceedings.oparl.OParlQueries.PersonRow;
import dk.pejling.proceedings.oparl.OParlQueries.TermRow;
import dk.pejling.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads what each OParl answer needs and has the mapper build it: one object with what it embeds, or one page of a
 * body's list. Only what the anonymous public may see is found; anything else is a 404.
 */
@Component
class OParlReader {

    private final OParlQueries queries;

    OParlReader(OParlQueries queries) {
        this.queries = queries;
    }

    // ---------------------------------------------------------------- single objects

    OParlList<OParlObject.Body> bodies(OParlListRequest request, OParlMapper to) {
        request.filter(); // the bodies are too few to page or filter, but a bad filter is still a 400
        return to.all(queries.bodies().stream().map(b -> to.body(b, queries.terms(b.id()))).toList(), "/bodies");
    }

    OParlObject.Body body(UUID id, OParlMapper to) {
        return to.body(found(queries.body(id), "body", id), queries.terms(id));
    }

    OParlObject.Organization organization(UUID id, OParlMapper to) {
        return to.organization(found(queries.committee(id), "organization", id), queries.membershipsOfCommittee(id));
    }

    OParlObject.Person person(UUID id, OParlMapper to) {
        return person(found(queries.person(id), "person", id), to);
    }

    OParlObject.Membership membership(UUID id, OParlMapper to) {
        return to.membership(found(queries.membership(id), "membership", id));
    }

    OParlObject meeting(UUID id, OParlMapper to) {
        return meeting(found(queries.meeting(id), "meeting", id), to);
    }

    OParlObject agendaItem(UUID id, OParlMapper to) {
        return to.agendaItem(found(queries.item(id), "agenda item", id));
    }

    /** Only an open treatment of a case is a consultation. */
    OParlObject consultation(UUID id, OParlMapper to) {
        AgendaItem item = queries.item(id);
        AgendaItemView view = item == null ? null : item.visibleTo(ClosedAccess.NONE, null);
        if (view == null || view.caseId() == null || view.deleted()) {
            throw new NotFoundException("consultation", id);
        }
        return to.consultation(item, queries.committeesOfMeetings(List.of(item.meetingId())).get(item.meetingId()));
    }

    OParlObject.Paper paper(UUID id, OParlMapper to) {
        CaseRow paper = found(queries.paper(id), "paper", id);
        List<AgendaItem> treatments = queries.itemsOfCase(id);
        return to.paper(paper, treatments, committeesOf(treatments));
    }

    /** A closed item's files are not there at all. */
    OParlObject.File file(UUID id, OParlMapper to) {
        FileRow f = queries.file(id);
        if (f == null || f.closed()) {
            throw new NotFoundException("file", id);
        }
        return to.file(f);
    }

    OParlObject.Location location(UUID id, OParlMapper to) {
        MeetingRow m = queries.meeting(id);
        if (m == null || m.place() == null || m.deleted()) {
            throw new NotFoundException("location", id);
        }
        return to.location(m);
    }

    OParlObject.LegislativeTerm term(UUID id, OParlMapper to) {
        return to.term(found(queries.term(id), "legislative term", id));
    }

    // ---------------------------------------------------------------- lists of a body

    OParlList<OParlObject.Organization> organizations(UUID body, OParlListRequest request, OParlMapper to) {
        Paging p = paging(body, request);
        return to.page(queries.committees(body, p.filter(), p.after(), p.limit()), c -> to.organization(c, List.of()),
                CommitteeRow::id, "/body/" + body + "/organization", p);
    }

    OParlList<OParlObject.Person> persons(UUID body, OParlListRequest request, OParlMapper to) {
        Paging p = paging(body, request);
        return to.page(queries.persons(body, p.filter(), p.after(), p.limit()), row -> person(row, to), PersonRow::id,
                "/body/" + body + "/person", p);
    }

    OParlList<OParlObject.Membership> memberships(UUID body, OParlListRequest request, OParlMapper to) {
        Paging p = paging(body, request);
        return to.page(queries.memberships(body, p.filter(), p.after(), p.limit()), to::membership, MembershipRow::id,
                "/body/" + body + "/membership", p);
    }

    OParlList<OParlObject> meetings(UUID body, OParlListRequest request, OParlMapper to) {
        Paging p = paging(body, request);
        return to.page(queries.meetings(body, null, p.filter(), p.after(), p.limit()), row -> meeting(row, to),
                MeetingRow::id, "/body/" + body + "/meeting", p);
    }

    OParlList<OParlObject> meetingsOfOrganization(UUID committee, OParlListRequest request, OParlMapper to) {
        CommitteeRow c = found(queries.committee(committee), "organization", committee);
        Paging p = paging(c.bodyId(), request);
        return to.page(queries.meetings(null, committee, p.filter(), p.after(), p.limit()), row -> meeting(row, to),
                MeetingRow::id, "/organization/" + committee + "/meeting", p);
    }

    OParlList<OParlObject> agendaItems(UUID body, OParlListRequest request, OParlMapper to) {
        Paging p = paging(body, request);
        return to.page(queries.items(body, p.filter(), p.after(), p.limit()), to::agendaItem, AgendaItem::id,
                "/body/" + body + "/agendaItem", p);
    }

    OParlList<OParlObject> consultations(UUID body, OParlListRequest request, OParlMapper to) {
        Paging p = paging(body, request);
        Page<AgendaItem> page = queries.consultations(body, p.filter(), p.after(), p.limit());
        Map<UUID, UUID> committees = committeesOf(page.rows());
        return to.page(page, i -> to.consultation(i, committees.get(i.meetingId())), AgendaItem::id,
                "/body/" + body + "/consultation", p);
    }

    OParlList<OParlObject.Paper> papers(UUID body, OParlListRequest request, OParlMapper to) {
        Paging p = paging(body, request);
        return to.page(queries.papers(body, p.filter(), p.after(), p.limit()), row -> to.paper(row, null, Map.of()),
                CaseRow::id, "/body/" + body + "/paper", p);
    }

    OParlList<OParlObject.File> files(UUID body, OParlListRequest request, OParlMapper to) {
        Paging p = paging(body, request);
        return to.page(queries.files(body, p.filter(), p.after(), p.limit()), to::file, FileRow::fileId,
                "/body/" + body + "/file", p);
    }

    OParlList<OParlObject.Location> locations(UUID body, OParlListRequest request, OParlMapper to) {
        Paging p = paging(body, request);
        return to.page(queries.locations(body, p.filter(), p.after(), p.limit()), to::location, MeetingRow::id,
                "/body/" + body + "/locationList", p);
    }

    OParlList<OParlObject.LegislativeTerm> terms(UUID body, OParlListRequest request, OParlMapper to) {
        Paging p = paging(body, request);
        return to.page(queries.terms(body, p.filter(), p.after(), p.limit()), to::term, TermRow::id,
                "/body/" + body + "/legislativeTermList", p);
    }

    // ---------------------------------------------------------------- helpers

    private OParlObject.Person person(PersonRow row, OParlMapper to) {
        return to.person(row, queries.membershipsOfPerson(row.id()));
    }

    private OParlObject meeting(MeetingRow row, OParlMapper to) {
        return to.meeting(row, row.deleted() ? List.of() : queries.itemsOfMeeting(row.id()));
    }

    private Map<UUID, UUID> committeesOf(List<AgendaItem> items) {
        return queries.committeesOfMeetings(items.stream().map(AgendaItem::meetingId).toList());
    }

    /** An unknown body is a 404 before its parameters are looked at. */
    private Paging paging(UUID bodyId, OParlListRequest request) {
        if (queries.body(bodyId) == null && queries.committee(bodyId) == null) {
            throw new NotFoundException("body", bodyId);
        }
        return request.parse();
    }

    private static <T> T found(T row, String what, UUID id) {
        if (row == null) {
            throw new NotFoundException(what, id);
        }
        return row;
    }
}
