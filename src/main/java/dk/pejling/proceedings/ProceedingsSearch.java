package dk.pejling.proceedings;

import dk.pejling.organisation.Organisation;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.proceedings.store.AgendaItemRepository;
import dk.pejling.proceedings.store.CaseRepository;
import dk.pejling.proceedings.store.CommitteeRepository;
import dk.pejling.proceedings.store.MeetingRepository;
import dk.pejling.search.SearchDocument;
import dk.pejling.search.SearchDocument.Access;
import dk.pejling.search.SearchDocument.Ref;
import dk.pejling.search.SearchFeed;
import dk.pejling.search.SearchSource;
import dk.pejling.search.SearchType;
import dk.pejling.shared.Viewer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.context.ApplicationListener;
import org.springframework.data.relational.core.mapping.event.AbstractRelationalEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proceedings' part of the search. Keys: {@code meeting:<id>} (the meeting and its agenda items with
 * their recommendations and decisions) and {@code case:<id>}. Proceedings are public records, except the
 * content of a closed agenda item ("Lukket"): such an item is indexed for signed-in users only, so the public
 * never finds it, not even by its title. Deleted meetings and items are not indexed.
 */
@Component
class ProceedingsSearch implements SearchSource, ApplicationListener<AbstractRelationalEvent<?>> {

    static final String SOURCE = "proceedings";

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final CaseRepository cases;
    private final CommitteeRepository committees;
    private final OrganisationService organisations;
    private final SearchFeed feed;

    ProceedingsSearch(MeetingRepository meetings, AgendaItemRepository items, CaseRepository cases,
                      CommitteeRepository committees, OrganisationService organisations, SearchFeed feed) {
        this.meetings = meetings;
        this.items = items;
        this.cases = cases;
        this.committees = committees;
        this.organisations = organisations;
        this.feed = feed;
    }

    @Override
    public void onApplicationEvent(AbstractRelationalEvent<?> event) {
        if (!(event instanceof AfterSaveEvent<?> saved)) {
            return; // meetings and items are marked deleted, never removed
        }
        Object entity = saved.getEntity();
        if (entity instanceof Meeting m) {
            feed.changed(SOURCE, "meeting:" + m.id());
        } else if (entity instanceof AgendaItem i) {
            feed.changed(SOURCE, "meeting:" + i.meetingId());
            AgendaItemView view = i.visibleTo(ClosedAccess.ALL, null);
            if (view.caseId() != null) {
                feed.changed(SOURCE, "case:" + view.caseId());
            }
        } else if (entity instanceof ProceedingsCase c) {
            feed.changed(SOURCE, "case:" + c.id());
        }
    }

    @Override
    public String name() {
        return SOURCE;
    }

    @Override
    public Stream<String> keys() {
        return Stream.concat(meetings.findAll().stream().map(m -> "meeting:" + m.id()),
                cases.findAll().stream().map(c -> "case:" + c.id()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchDocument> documents(String key) {
        int colon = key.indexOf(':');
        if (colon < 0) {
            return List.of();
        }
        UUID id = UUID.fromString(key.substring(colon + 1));
        return key.startsWith("meeting:") ? meeting(id) : proceedingsCase(id);
    }

    private List<SearchDocument> meeting(UUID id) {
        Meeting meeting = meetings.findById(id).filter(m -> !m.deleted()).orElse(null);
        if (meeting == null) {
            return List.of();
        }
        Committee committee = committees.findById(meeting.committeeId()).orElse(null);
        String committeeName = committee == null ? "" : committee.name();
        List<Ref> orgs = committee == null || committee.organisationId() == null ? List.of() : organisation(committee.organisationId());
        Integer year = meeting.date() == null ? null : meeting.date().getYear();
        String url = "/moeder/" + id;
        List<SearchDocument> docs = new ArrayList<>();
        docs.add(new SearchDocument(SearchType.MEETING, id.toString(),
                (committeeName + " " + (meeting.date() == null ? "" : meeting.date().toString())).strip(),
                join(meeting.place(), meeting.otherParticipants()), url, Access.everyone(), List.of(), orgs, year));
        for (AgendaItem item : items.findByMeeting(id)) {
            if (item.deleted()) {
                continue;
            }
            AgendaItemView v = item.visibleTo(ClosedAccess.ALL, meeting.committeeId());
            List<Ref> strategies = v.links().stream().filter(l -> l.targetKind() == LinkKind.STRATEGY)
                    .map(l -> new Ref(l.targetId(), null, false)).toList();
            docs.add(new SearchDocument(SearchType.AGENDA_ITEM, v.id().toString(), v.label(),
                    join(committeeName, v.caseNumber(), v.kleCode(), v.description(), v.recommendation(), v.decision()),
                    url, v.closed() ? Access.administratorsOnly() : Access.everyone(), strategies, orgs, year));
            // A closed item's content is for its committee's secretariat and administrators (ClosedAccess); the
            // index has no term for a secretariat, so it finds a closed item for administrators only.
        }
        return docs;
    }

    private List<SearchDocument> proceedingsCase(UUID id) {
        ProceedingsCase found = cases.findById(id).orElse(null);
        if (found == null) {
            return List.of();
        }
        // a case whose only items are closed is known to signed-in users only
        List<AgendaItem> caseItems = items.findByCase(id).stream().filter(i -> !i.deleted()).toList();
        boolean onlyClosed = !caseItems.isEmpty() && caseItems.stream().allMatch(AgendaItem::closed);
        String steps = String.join("\n", found.steps().stream()
                .map(s -> join(s.bodyName(), s.action())).toList());
        Integer year = found.createdAt() == null ? null : found.createdAt().atZone(java.time.ZoneId.of("Europe/Copenhagen")).getYear();
        return List.of(new SearchDocument(SearchType.CASE, id.toString(),
                join(found.caseNumber(), found.title()).replace('\n', ' '), join(found.kleCode(), steps),
                "/sager/" + id, onlyClosed ? Access.signedInUsers() : Access.everyone(), List.of(), List.of(), year));
    }

    private List<Ref> organisation(UUID id) {
        Map<OrganisationId, Organisation> byId = organisations.byIds(List.of(new OrganisationId(id)));
        Organisation o = byId.get(new OrganisationId(id));
        return List.of(new Ref(id, o == null ? null : o.name(), true));
    }

    private static String join(String... parts) {
        return String.join("\n", Stream.of(parts).filter(p -> p != null && !p.isBlank()).toList());
    }
}
