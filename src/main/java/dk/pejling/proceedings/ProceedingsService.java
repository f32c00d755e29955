package dk.pejling.proceedings;

import dk.pejling.initiative.InitiativeId;
import dk.pejling.initiative.InitiativeService;
import dk.pejling.organisation.Organisation;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.proceedings.ParsedMinutes.ParsedMeeting;
import dk.pejling.proceedings.store.AgendaItemRepository;
import dk.pejling.proceedings.store.BodyRepository;
import dk.pejling.proceedings.store.CaseRepository;
import dk.pejling.proceedings.store.CommitteeRepository;
import dk.pejling.proceedings.store.LegislativeTermRepository;
import dk.pejling.proceedings.store.MeetingRepository;
import dk.pejling.proceedings.store.PersonRepository;
import dk.pejling.proceedings.store.SecretaryGrants;
import dk.pejling.shared.AuditAction;
import dk.pejling.shared.AuditEvent;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.ListPage;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.VersionConflictException;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.GoalNode;
import dk.pejling.strategy.GoalId;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of proceedings. Bodies, committees, meetings and open agenda items are public records
 * (as the municipality's own minutes are); the content of closed items goes only to the secretariat of
 * the item's committee and administrators ({@link #closedAccess}, applied by {@link AgendaItem#visibleTo}).
 * Imports and corrections of open items need an editor; closing, reopening and changing closed items
 * need the committee's secretariat. The rules are in docs/permissions.md.
 */
@Service
@Transactional(readOnly = true)
public class ProceedingsService {

    private static final Pattern NAME_PARTY = Pattern.compile("^(.+?)\\s*\\((\\p{Lu}{1,3})\\)$");

    private final BodyRepository bodies;
    private final PersonRepository persons;
    private final LegislativeTermRepository terms;
    private final CommitteeRepository committees;
    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final CaseRepository cases;
    private final OrganisationService organisations;
    private final StrategyService strategies;
    private final GoalService goals;
    private final InitiativeService initiatives;
    private final SecretaryGrants secretaries;
    private final dk.pejling.access.UserAdministration users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProceedingsService(BodyRepository bodies, PersonRepository persons, LegislativeTermRepository terms,
                       CommitteeRepository committees, MeetingRepository meetings, AgendaItemRepository items,
                       CaseRepository cases, OrganisationService organisations, StrategyService strategies,
                       GoalService goals, InitiativeService initiatives, SecretaryGrants secretaries,
                       dk.pejling.access.UserAdministration users, ApplicationEventPublisher events, Clock clock) {
        this.bodies = bodies;
        this.persons = persons;
        this.terms = terms;
        this.committees = committees;
        this.meetings = meetings;
        this.items = items;
        this.cases = cases;
        this.organisations = organisations;
        this.strategies = strategies;
        this.goals = goals;
        this.initiatives = initiatives;
        this.secretaries = secretaries;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** An agenda item with the meeting and committee it was treated in. */
    public record Treatment(Meeting meeting, Committee committee, AgendaItemView item) {
    }

    /** A saved meeting and its items in agenda order. */
    public record Recorded(Meeting meeting, List<AgendaItem> items) {
    }

    // ---------------------------------------------------------------- reading

    public List<Body> bodies() {
        return bodies.findAllOrdered();
    }

    public Body body(UUID id) {
        return bodies.findById(id).orElseThrow(() -> new NotFoundException("body", id));
    }

    public List<Committee> committees() {
        return committees.findAllOrdered();
    }

    public Committee committee(UUID id) {
        return committees.findById(id).orElseThrow(() -> new NotFoundException("committee", id));
    }

    public List<Meeting> meetingsOf(UUID committeeId) {
        return meetings.findByCommittee(committee(committeeId).id());
    }

    public List<Meeting> latestMeetings(int limit) {
        return meetings.findLatest(limit);
    }

    public Meeting meeting(UUID id) {
        return meetings.findById(id).filter(m -> !m.deleted()).orElseThrow(() -> new NotFoundException("meeting", id));
    }

    /**
     * Whose closed items the viewer reads: administrators every committee's, a secretary their own
     * committees', everyone else (the public, other signed-in users) none.
     */
    public ClosedAccess closedAccess(Viewer viewer) {
        if (viewer.isAdmin()) {
            return ClosedAccess.ALL;
        }
        if (viewer.isAnonymous()) {
            return ClosedAccess.NONE;
        }
        Set<UUID> own = secretaries.committeesOf(viewer.userId());
        return own.isEmpty() ? ClosedAccess.NONE : new ClosedAccess(false, own);
    }

    /** Whether the viewer is the committee's secretariat (or an administrator). */
    public boolean isSecretariat(UUID committeeId, Viewer viewer) {
        return viewer.isAdmin() || (!viewer.isAnonymous() && secretaries.holds(committeeId, viewer.userId()));
    }

    public List<AgendaItemView> agenda(UUID meetingId, Viewer viewer) {
        Meeting meeting = meeting(meetingId);
        ClosedAccess access = closedAccess(viewer);
        return items.findByMeeting(meeting.id()).stream().map(i -> i.visibleTo(access, meeting.committeeId())).toList();
    }

    public AgendaItemView item(UUID id, Viewer viewer) {
        AgendaItem item = items.findById(id).filter(i -> !i.deleted()).orElseThrow(() -> new NotFoundException("agenda item", id));
        return item.visibleTo(closedAccess(viewer), meeting(item.meetingId()).committeeId());
    }

    public ListPage<AgendaItemView> search(PageQuery page, Viewer viewer) {
        String pattern = page.likePattern() == null ? "%" : page.likePattern();
        ClosedAccess access = closedAccess(viewer);
        List<AgendaItem> found = items.search(pattern, access.all(), access.sqlList(), page.size(), page.offset());
        Map<UUID, UUID> committeeOf = found.isEmpty() ? Map.of() : meetings.findByIds(found.stream()
                .map(AgendaItem::meetingId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Meeting::id, Meeting::committeeId));
        return new ListPage<>(found.stream().map(i -> i.visibleTo(access, committeeOf.get(i.meetingId()))).toList(),
                items.countMatching(pattern, access.all(), access.sqlList()));
    }

    public ProceedingsCase proceedingsCase(UUID id, Viewer viewer) {
        ProceedingsCase found = cases.findById(id).orElseThrow(() -> new NotFoundException("case", id));
        if (treatments(found.id(), viewer).isEmpty() && !items.findByCase(found.id()).isEmpty()) {
            throw new NotFoundException("case", id); // every treatment is closed: the case itself is not public
        }
        return found;
    }

    /** Each committee's treatment of the case the viewer may see, in date order. */
    public List<Treatment> treatments(UUID caseId, Viewer viewer) {
        return treatmentsOf(items.findByCase(caseId), viewer);
    }

    /** The political history of a strategy: agenda items that concern it, its goals or its initiatives. */
    public List<Treatment> history(StrategyId strategy, Viewer viewer) {
        strategies.get(strategy, viewer);
        Set<UUID> targets = new HashSet<>();
        targets.add(strategy.value());
        java.util.Deque<GoalNode> open = new java.util.ArrayDeque<>(goals.tree(strategy, viewer));
        while (!open.isEmpty()) {
            GoalNode node = open.pop();
            targets.add(node.goal().id().value());
            open.addAll(node.children());
        }
        initiatives.ofStrategy(strategy, viewer).forEach(i -> targets.add(i.id().value()));
        return treatmentsOf(items.findLinkedTo(targets), viewer);
    }

    public boolean hasHistory(StrategyId strategy) {
        return items.countLinkedTo(strategy.value()) > 0;
    }

    public Map<UUID, Person> persons(Set<UUID> ids) {
        return ids.isEmpty() ? Map.of()
                : persons.findByIds(ids).stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    public List<LegislativeTerm> terms(UUID bodyId) {
        return terms.findByBody(bodyId);
    }

    private List<Treatment> treatmentsOf(List<AgendaItem> found, Viewer viewer) {
        Map<UUID, Meeting> byId = found.isEmpty() ? Map.of() : meetings.findByIds(found.stream().map(AgendaItem::meetingId)
                .collect(Collectors.toSet())).stream().filter(m -> !m.deleted())
                .collect(Collectors.toMap(Meeting::id, Function.identity()));
        ClosedAccess access = found.isEmpty() ? ClosedAccess.NONE : closedAccess(viewer);
        List<AgendaItemView> views = found.stream().filter(i -> byId.containsKey(i.meetingId()))
                .map(i -> i.visibleTo(access, byId.get(i.meetingId()).committeeId()))
                .filter(v -> !v.redacted()).toList();
        Map<UUID, Committee> committeesById = committees.findAllById(byId.values().stream().map(Meeting::committeeId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Committee::id, Function.identity()));
        return views.stream().filter(v -> byId.containsKey(v.meetingId()))
                .map(v -> new Treatment(byId.get(v.meetingId()), committeesById.get(byId.get(v.meetingId()).committeeId()), v))
                .sorted(Comparator.comparing((Treatment t) -> t.meeting().date()).thenComparing(t -> t.item().order()))
                .toList();
    }

    // ---------------------------------------------------------------- changing

    /**
     * Corrects an agenda item's decision and what it concerns, and closes or reopens it. An open item that
     * stays open: editors and the secretariat. A closed item, or a change of open/closed: only the
     * secretariat of its committee (and administrators). Reopening publishes the content, so it needs a
     * reason, which the audit log keeps.
     *
     * @param closed null: stays as it is
     */
    @Transactional
    public AgendaItemView editItem(UUID id, long expectedVersion, String decision, Boolean closed, String reason,
                                   Set<ItemLink> links, Viewer viewer) {
        AgendaItem item = items.findById(id).filter(i -> !i.deleted()).orElseThrow(() -> new NotFoundException("agenda item", id));
        Meeting meeting = meeting(item.meetingId());
        boolean secretariat = isSecretariat(meeting.committeeId(), viewer);
        boolean changesClosed = closed != null && closed != item.closed();
        Viewer.require(secretariat || (!item.closed() && !changesClosed && viewer.hasRole(Viewer.EDITOR)));
        VersionConflictException.check("agenda item", id, expectedVersion, item.version());
        checkLinks(links, viewer);
        Instant now = clock.instant();
        item.correct(decision == null || decision.isBlank() ? null : decision.strip(), links, now);
        if (changesClosed && closed) {
            item.close(now);
        } else if (changesClosed) {
            item.reopen(reason, now);
            events.publishEvent(AuditEvent.change(AuditAction.UPDATE, "agenda_item_reopening", id,
                    Map.of("closed", true), Map.of("closed", false, "reason", reason.strip())));
        }
        return items.save(item).visibleTo(closedAccess(viewer), meeting.committeeId());
    }

    // ---------------------------------------------------------------- the secretariat

    /** The users who form the committee's secretariat (administrators). */
    public List<UUID> secretaries(UUID committeeId, Viewer viewer) {
        viewer.requireAdmin();
        return secretaries.secretariesOf(committee(committeeId).id());
    }

    /** Makes the user part of the committee's secretariat (administrators); nothing happens if they are already. */
    @Transactional
    public void appointSecretary(UUID committeeId, UUID userId, Viewer viewer) {
        viewer.requireAdmin();
        if (userId == null) {
            throw new InvalidInputException("userId", "must be given");
        }
        Committee committee = committee(committeeId);
        try {
            users.get(userId, viewer);
        } catch (NotFoundException e) {
            throw new InvalidInputException("userId", "no such user");
        }
        if (secretaries.grant(committee.id(), userId, viewer.name(), clock.instant())) {
            events.publishEvent(AuditEvent.change(AuditAction.CREATE, "proceedings_secretary", committee.id(), null,
                    Map.of("committee", committee.id(), "user", userId)));
        }
    }

    /** Ends the user's part in the committee's secretariat (administrators); nothing happens if they had none. */
    @Transactional
    public void dismissSecretary(UUID committeeId, UUID userId, Viewer viewer) {
        viewer.requireAdmin();
        Committee committee = committee(committeeId);
        if (secretaries.revoke(committee.id(), userId)) {
            events.publishEvent(AuditEvent.change(AuditAction.DELETE, "proceedings_secretary", committee.id(),
                    Map.of("committee", committee.id(), "user", userId), null));
        }
    }

    /** Removes a meeting with its items; OParl lists them as deleted from now on. */
    @Transactional
    public void deleteMeeting(UUID id, Viewer viewer) {
        viewer.requireEditor();
        Meeting meeting = meeting(id);
        Instant now = clock.instant();
        for (AgendaItem item : items.findByMeeting(id)) {
            item.markDeleted(now);
            items.save(item);
        }
        meeting.markDeleted(now);
        meetings.save(meeting);
    }

    @Transactional
    public LegislativeTerm addTerm(UUID bodyId, String name, java.time.LocalDate start, java.time.LocalDate end, Viewer viewer) {
        viewer.requireEditor();
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "must not be blank");
        }
        return terms.save(LegislativeTerm.create(body(bodyId).id(), name.strip(), start, end, clock.instant()));
    }

    /**
     * Saves read minutes as a meeting of the named committee with its items, persons, cases and
     * timetables. The body is the organisation of the same name as the committee (its top
     * organisation), or the only body there is; otherwise the caller must name it.
     */
    @Transactional
    Recorded record(ParsedMinutes minutes, UUID bodyOrganisationId, String sourceName, Map<String, Set<ItemLink>> links,
                    Viewer viewer) {
        viewer.requireEditor();
        ParsedMeeting parsed = minutes.meeting();
        if (parsed.committee() == null || parsed.committee().isBlank()) {
            throw new InvalidInputException("committee", "must not be blank");
        }
        if (parsed.date() == null) {
            throw new InvalidInputException("date", "the meeting date was not found in the minutes");
        }
        if (minutes.items().isEmpty()) {
            throw new InvalidInputException("file", "no agenda item was found in the file");
        }
        links.values().forEach(l -> checkLinks(l, viewer));
        Instant now = clock.instant();
        Body body = bodyFor(parsed.committee().strip(), bodyOrganisationId, now);
        Optional<Committee> existing = committees.findByName(body.id(), parsed.committee().strip());
        Committee committee = existing.orElseGet(() -> Committee.create(body.id(), organisationNamed(parsed.committee().strip())
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
        Meeting meeting = meetings.save(Meeting.create(committee.id(), parsed.date(), parsed.start(), parsed.end(),
                parsed.place(), MeetingStatus.MINUTES_PUBLISHED, parsed.otherParticipants(), participants, sourceName, now));
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
            AgendaItem item = AgendaItem.create(meeting.id(), body.id(), caseId, order++, p, now);
            for (ItemLink link : links.getOrDefault(p.number(), Set.of())) {
                item.link(link, now);
            }
            toSave.add(item);
        }
        cases.saveAll(casesToSave.values());
        return new Recorded(meeting, items.saveAll(toSave));
    }

    /** An organisation a meeting can belong to as its body (a municipality, a police district). */
    public record BodyChoice(UUID organisationId, String name) {
    }

    /** The top-level organisations of the register: each can be a body of its own. */
    public List<BodyChoice> bodyChoices() {
        return organisations.all().stream().filter(o -> o.parentId() == null)
                .map(o -> new BodyChoice(o.id().value(), o.name()))
                .sorted(java.util.Comparator.comparing(BodyChoice::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * The body a meeting of this committee would belong to if none is chosen: the top organisation of the
     * organisation named like the committee, else the only body there is; empty when it must be chosen.
     */
    public Optional<UUID> likelyBody(String committeeName) {
        if (committeeName != null && !committeeName.isBlank()) {
            Optional<Organisation> named = organisationNamed(committeeName.strip());
            if (named.isPresent()) {
                return Optional.of(topOf(named.get()).id().value());
            }
        }
        List<Body> all = bodies.findAllOrdered();
        return all.size() == 1 ? Optional.ofNullable(all.getFirst().organisationId()) : Optional.empty();
    }

    private Person person(UUID bodyId, String text, Instant now) {
        Matcher m = NAME_PARTY.matcher(text.strip());
        String name = m.matches() ? m.group(1) : text.strip();
        String party = m.matches() ? m.group(2) : null;
        return persons.findByName(bodyId, name).orElseGet(() -> persons.save(Person.create(bodyId, name, party, now)));
    }

    private Body bodyFor(String committeeName, UUID bodyOrganisationId, Instant now) {
        UUID organisation = bodyOrganisationId;
        if (organisation == null) {
            Optional<Organisation> named = organisationNamed(committeeName);
            if (named.isPresent()) {
                organisation = topOf(named.get()).id().value();
            }
        }
        if (organisation != null) {
            UUID org = organisation;
            Organisation o;
            try {
                o = organisations.get(new dk.pejling.organisation.OrganisationId(org));
            } catch (NotFoundException e) {
                throw new InvalidInputException("body", "no such organisation");
            }
            return bodies.findByOrganisation(org).orElseGet(() -> bodies.save(Body.create(org, o.name(), o.shortName(), now)));
        }
        List<Body> all = bodies.findAllOrdered();
        if (all.size() == 1) {
            return all.getFirst();
        }
        throw new InvalidInputException("body", "must be given");
    }

    private Optional<Organisation> organisationNamed(String name) {
        return organisations.all().stream().filter(o -> o.name().equalsIgnoreCase(name)).findFirst();
    }

    private Organisation topOf(Organisation organisation) {
        Organisation current = organisation;
        Set<UUID> seen = new LinkedHashSet<>();
        while (current.parentId() != null && seen.add(current.id().value())) {
            current = organisations.get(current.parentId());
        }
        return current;
    }

    private void checkLinks(Set<ItemLink> links, Viewer viewer) {
        for (ItemLink link : links) {
            Objects.requireNonNull(link.targetKind());
            try {
                switch (link.targetKind()) {
                    case STRATEGY -> strategies.get(new StrategyId(link.targetId()), viewer);
                    case GOAL -> goals.get(new GoalId(link.targetId()), viewer);
                    case INITIATIVE -> initiatives.get(new InitiativeId(link.targetId()), viewer);
                }
            } catch (NotFoundException e) {
                throw new InvalidInputException("links", "refers to an unknown record");
            }
        }
    }
}
