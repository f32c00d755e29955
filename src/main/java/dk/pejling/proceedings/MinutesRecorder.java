package dk.pejling.proceedings;

import dk.pejling.proceedings.ParsedMinutes.ParsedMeeting;
import dk.pejling.proceedings.store.AgendaItemRepository;
import dk.pejling.proceedings.store.CaseRepository;
import dk.pejling.proceedings.store.CommitteeRepository;
import dk.pejling.proceedings.store.MeetingRepository;
import dk.pejling.proceedings.store.PersonRepository;
import dk.pejling.proceedings.store.SecretaryGrants;
import dk.pejling.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Publishes read minutes: saves them as a meeting with its committee, persons, cases and agenda items. */
@Component
class MinutesRecorder {

    private static final Pattern NAME_PARTY = Pattern.compile("^(.+?)\\s*\\((\\p{Lu}{1,3})\\)$");

    private final BodyChoices bodies;
    private final CommitteeRepository committees;
    private final PersonRepository persons;
    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final CaseRepository cases;
    private final SecretaryGrants secretaries;
    private final ItemLinkCheck links;
    private final Clock clock;
    private final ProceedingsPermissions permissions;

    MinutesRecorder(BodyChoices bodies, CommitteeRepository committees, PersonRepository persons,
                    MeetingRepository meetings, AgendaItemRepository items, CaseRepository cases,
                    SecretaryGrants secretaries, ItemLinkCheck links, Clock clock, ProceedingsPermissions permissions) {
        this.permissions = permissions;
        this.bodies = bodies;
        this.committees = committees;
        this.persons = persons;
        this.meetings = meetings;
        this.items = items;
        this.cases = cases;
        this.secretaries = secretaries;
        this.links = links;
        this.clock = clock;
    }

    /**
     * Saves read minutes as a meeting of the named committee with its items, persons, cases and
     * timetables. The body is the organisation of the same name as the committee (its top
     * organisation), or the only body there is; otherwise the caller must name it.
     */
    @Transactional
    Recorded record(ParsedMinutes minutes, UUID bodyOrganisationId, String sourceName, Map<String, Set<ItemLink>> itemLinks,
                    Viewer viewer) {
        permissions.requireKeepProceedings(viewer);
        Meeting.requireRecordable(minutes); // before anything (body, committee, persons) is written
        ParsedMeeting parsed = minutes.meeting();
        itemLinks.values().forEach(l -> links.check(l, viewer));
        Instant now = clock.instant();
        Body body = bodies.bodyFor(parsed.committee().strip(), bodyOrganisationId, now);
        Optional<Committee> existing = committees.findByName(body.id(), parsed.committee().strip());
        Committee committee = existing.orElseGet(() -> Committee.create(body.id(), bodies.organisationNamed(parsed.committee().strip())
                        .map(o -> o.id().value()).orElse(null), parsed.committee().strip(), now));
        // The committee's members come from the member list the minutes carry, not from who was absent from one
        // meeting (issue 18 item 7): an absentee is a participant of this meeting; members not absent were present.
        // Minutes without a member list (Aalborg's) name only the absent members; they are members, the rest unknown.
        List<MeetingParticipant> participants = new ArrayList<>();
        Set<UUID> absentees = new LinkedHashSet<>();
        for (String absent : parsed.absent()) {
            Person person = person(body.id(), absent, now);
            absentees.add(person.id());
            if (parsed.members().isEmpty()) {
                committee.addMember(person.id(), "medlem", null, now);
            }
            participants.add(new MeetingParticipant(person.id(), person.label(), Attendance.ABSENT));
        }
        for (String member : parsed.members()) {
            Person person = person(body.id(), member, now);
            committee.addMember(person.id(), "medlem", null, now);
            if (!absentees.contains(person.id())) {
                participants.add(new MeetingParticipant(person.id(), person.label(), Attendance.PRESENT));
            }
        }
        committee = committees.save(committee);
        if (existing.isEmpty() && !viewer.isAnonymous() && !viewer.isAdmin()) {
            // Whoever imports the first minutes of a committee is its secretariat, as whoever registers a
            // strategy coordinates it; administrators (who read every committee's) appoint others.
            secretaries.grant(committee.id(), viewer.userId(), viewer.name(), now);
        }
        Meeting meeting = meetings.save(Meeting.fromMinutes(committee.id(), minutes, participants, sourceName, now));
        // The cases in one query and the items in one batch: a 243-item import was ~730 statements one by one.
        Map<String, ProceedingsCase> known = new HashMap<>();
        Set<String> numbers = minutes.items().stream().map(ParsedItem::caseNumber).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (!numbers.isEmpty()) {
            cases.findByNumbers(body.id(), numbers).forEach(c -> known.put(c.caseNumber(), c));
        }
        Map<UUID, ProceedingsCase> casesToSave = new LinkedHashMap<>();
        List<AgendaItem> toSave = new ArrayList<>();
        int order = 0;
        for (ParsedItem p : minutes.items()) {
            UUID caseId = null;
            if (p.caseNumber() != null) {
                ProceedingsCase c = known.computeIfAbsent(p.caseNumber(), n -> {
                    ProceedingsCase created = ProceedingsCase.create(body.id(), n, p.title(), now);
                    casesToSave.put(created.id(), created);
                    return created;
                });
                if (c.learn(p.kleCode(), p.hearingDeadline(), p.timetable(), now)) {
                    casesToSave.put(c.id(), c);
                }
                caseId = c.id();
            }
            AgendaItem item = meeting.agendaItem(body.id(), caseId, order++, p, now);
            for (ItemLink link : itemLinks.getOrDefault(p.number(), Set.of())) {
                item.link(link, now);
            }
            toSave.add(item);
        }
        cases.saveAll(casesToSave.values());
        return new Recorded(meeting, items.saveAll(toSave));
    }

    /** A person named in the minutes, as "Name (Party)" or just the name; the body's record of them once known. */
    private Person person(UUID bodyId, String text, Instant now) {
        Matcher m = NAME_PARTY.matcher(text.strip());
        String name = m.matches() ? m.group(1) : text.strip();
        String party = m.matches() ? m.group(2) : null;
        return persons.findByName(bodyId, name).orElseGet(() -> persons.save(Person.create(bodyId, name, party, now)));
    }
}
