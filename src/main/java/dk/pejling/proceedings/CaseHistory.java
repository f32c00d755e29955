package dk.pejling.proceedings;

import dk.pejling.initiative.InitiativeService;
import dk.pejling.proceedings.store.AgendaItemRepository;
import dk.pejling.proceedings.store.CaseRepository;
import dk.pejling.proceedings.store.CommitteeRepository;
import dk.pejling.proceedings.store.MeetingRepository;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.GoalNode;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a matter was treated: a case's treatments by the committees, and a strategy's political history (the agenda
 * items that concern it, its goals or its initiatives), each as far as the viewer may see.
 */
@Service
@Transactional(readOnly = true)
public class CaseHistory {

    private final CaseRepository cases;
    private final AgendaItemRepository items;
    private final MeetingRepository meetings;
    private final CommitteeRepository committees;
    private final Secretariat secretariat;
    private final StrategyService strategies;
    private final GoalService goals;
    private final InitiativeService initiatives;

    CaseHistory(CaseRepository cases, AgendaItemRepository items, MeetingRepository meetings,
                CommitteeRepository committees, Secretariat secretariat, StrategyService strategies, GoalService goals,
                InitiativeService initiatives) {
        this.cases = cases;
        this.items = items;
        this.meetings = meetings;
        this.committees = committees;
        this.secretariat = secretariat;
        this.strategies = strategies;
        this.goals = goals;
        this.initiatives = initiatives;
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
        Deque<GoalNode> open = new ArrayDeque<>(goals.tree(strategy, viewer));
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

    private List<Treatment> treatmentsOf(List<AgendaItem> found, Viewer viewer) {
        Map<UUID, Meeting> byId = found.isEmpty() ? Map.of() : meetings.findByIds(found.stream().map(AgendaItem::meetingId)
                .collect(Collectors.toSet())).stream().filter(m -> !m.deleted())
                .collect(Collectors.toMap(Meeting::id, Function.identity()));
        ClosedAccess access = found.isEmpty() ? ClosedAccess.NONE : secretariat.closedAccess(viewer);
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
}
