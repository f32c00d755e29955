package dk.pejling.proceedings;

import dk.pejling.shared.ListPage;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import dk.pejling.strategy.StrategySummary;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proceedings pages' models, each read in one call and one read-only transaction. Agenda items reach
 * them only as {@link AgendaItemView}s for the viewer, so a closed item's content stays out of a model for
 * a viewer who may not see it.
 */
@Service
@Transactional(readOnly = true)
public class ProceedingsReadModels {

    private static final int LATEST_MEETINGS = 10;
    private static final int SEARCH_PAGE_SIZE = 50;

    private final Committees committees;
    private final Meetings meetings;
    private final CaseHistory caseHistory;
    private final MinutesImportService imports;
    private final StrategyService strategies;
    private final ProceedingsPermissions permissions;

    ProceedingsReadModels(Committees committees, Meetings meetings, CaseHistory caseHistory,
                          MinutesImportService imports, StrategyService strategies, ProceedingsPermissions permissions) {
        this.committees = committees;
        this.meetings = meetings;
        this.caseHistory = caseHistory;
        this.imports = imports;
        this.strategies = strategies;
        this.permissions = permissions;
    }

    /** The committees, the latest meetings and, when {@code q} has words, the agenda items they find. */
    public CommitteesPage committees(String q, int page, Viewer viewer) {
        List<Committee> all = committees.committees();
        ListPage<AgendaItemView> results = q == null || q.isBlank() ? null
                : meetings.search(new PageQuery(q, page, SEARCH_PAGE_SIZE), viewer);
        return new CommitteesPage(all, meetings.latestMeetings(LATEST_MEETINGS),
                all.stream().collect(Collectors.toMap(Committee::id, Committee::name)), q, results,
                permissions.mayOfferForms(viewer));
    }

    /** One committee with its body, members, meetings and the body's terms (all public records). */
    public CommitteePage committee(UUID id) {
        Committee committee = committees.committee(id);
        return new CommitteePage(committee, committees.body(committee.bodyId()), meetings.meetingsOf(id),
                committees.persons(committee.members().stream().map(CommitteeMember::personId).collect(Collectors.toSet())),
                committees.terms(committee.bodyId()));
    }

    /**
     * One meeting with its agenda items as the viewer may see them.
     *
     * @param minutes true: as minutes, false: as the agenda
     */
    public MeetingPage meeting(UUID id, boolean minutes, Viewer viewer) {
        Meeting meeting = meetings.meeting(id);
        List<AgendaItemView> items = meetings.agenda(id, viewer);
        Committee committee = committees.committee(meeting.committeeId());
        return new MeetingPage(meeting, committee, members(committee, meeting), items,
                items.stream().filter(i -> !i.closed()).toList(), items.stream().filter(AgendaItemView::closed).toList(),
                meeting.participants(Attendance.ABSENT), minutes, linkedStrategies(items, viewer));
    }

    /** A case and the treatments of it the viewer may see; a case whose every treatment is closed is not found. */
    public CasePage proceedingsCase(UUID id, Viewer viewer) {
        ProceedingsCase found = caseHistory.proceedingsCase(id, viewer);
        return new CasePage(found, caseHistory.treatments(id, viewer));
    }

    /** The strategy's political history as the viewer may see it. */
    public PoliticalHistoryPage politicalHistory(StrategyId id, Viewer viewer) {
        Strategy strategy = strategies.get(id, viewer);
        return new PoliticalHistoryPage(strategy, caseHistory.history(strategy.id(), viewer));
    }

    /** A minutes draft under review, with how far what was read can be trusted and the bodies to choose from. */
    public MinutesReviewPage minutesReview(UUID id, Viewer viewer) {
        return minutesReview(id, null, viewer);
    }

    /**
     * A minutes draft under review with one of its items; the page holds no item when {@code number} is null
     * or no item of the draft has it.
     */
    public MinutesReviewPage minutesReview(UUID id, String number, Viewer viewer) {
        MinutesImportService.Draft draft = imports.get(id, viewer);
        MinutesImportService.Progress progress = imports.progress(id, viewer);
        if (draft.minutes() == null) {
            return new MinutesReviewPage(draft, progress, null, List.of(), null, null, false, null);
        }
        MinutesConfidence.Assessment confidence = imports.confidence(draft);
        List<ParsedItem> items = draft.minutes().items();
        ParsedItem item = number == null ? null
                : items.stream().filter(i -> i.number().equals(number)).findFirst().orElse(null);
        return new MinutesReviewPage(draft, progress, confidence, imports.bodyChoices(),
                imports.likelyBody(draft).orElse(null), item, item != null && items.getLast().number().equals(number),
                item == null ? null : confidence.item(number));
    }

    /**
     * The committee's members on the day of the meeting, from its member list (not from who the minutes
     * say was absent): a membership that had ended or not begun by then is left out.
     */
    private List<String> members(Committee committee, Meeting meeting) {
        List<CommitteeMember> current = committee.members().stream()
                .filter(m -> (m.startDate() == null || !m.startDate().isAfter(meeting.date()))
                        && (m.endDate() == null || !m.endDate().isBefore(meeting.date())))
                .toList();
        Map<UUID, Person> persons = committees.persons(current.stream().map(CommitteeMember::personId)
                .collect(Collectors.toSet()));
        return current.stream().map(m -> persons.get(m.personId())).filter(Objects::nonNull)
                .map(Person::label).sorted().toList();
    }

    /** The strategies the items concern that the viewer may see, by id (an internal one stays unnamed for the public). */
    private Map<UUID, StrategySummary> linkedStrategies(List<AgendaItemView> items, Viewer viewer) {
        List<UUID> ids = items.stream().flatMap(i -> i.links().stream())
                .filter(l -> l.targetKind() == LinkKind.STRATEGY).map(ItemLink::targetId).distinct().toList();
        // one query for all of them, not two per linked strategy
        return strategies.visibleSummaries(ids, viewer).stream()
                .collect(Collectors.toMap(StrategySummary::id, s -> s));
    }
}
