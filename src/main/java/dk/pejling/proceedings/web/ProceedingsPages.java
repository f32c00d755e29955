package dk.pejling.proceedings.web;

import dk.pejling.proceedings.AgendaItemView;
import dk.pejling.proceedings.Attendance;
import dk.pejling.proceedings.Committee;
import dk.pejling.proceedings.CommitteeMember;
import dk.pejling.proceedings.Meeting;
import dk.pejling.proceedings.ProceedingsCase;
import dk.pejling.proceedings.CaseHistory;
import dk.pejling.proceedings.Committees;
import dk.pejling.proceedings.Meetings;
import dk.pejling.proceedings.ProceedingsPermissions;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Committees, a meeting as agenda or minutes, a case with its timetable, and a strategy's political
 * history. Agenda items reach the templates only as {@link AgendaItemView}s for the viewer.
 */
@Controller
class ProceedingsPages {

    private final Committees committees;
    private final Meetings meetings;
    private final CaseHistory caseHistory;
    private final StrategyService strategies;
    private final ProceedingsPermissions permissions;

    ProceedingsPages(Committees committees, Meetings meetings, CaseHistory caseHistory, StrategyService strategies,
                     ProceedingsPermissions permissions) {
        this.permissions = permissions;
        this.committees = committees;
        this.meetings = meetings;
        this.caseHistory = caseHistory;
        this.strategies = strategies;
    }

    @GetMapping("/udvalg")
    String committees(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Viewer viewer,
                      Model model) {
        model.addAttribute("committees", committees.committees());
        model.addAttribute("latest", meetings.latestMeetings(10));
        model.addAttribute("committeeNames", committees.committees().stream()
                .collect(Collectors.toMap(Committee::id, Committee::name)));
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("results", meetings.search(new PageQuery(q, page, 50), viewer));
        }
        model.addAttribute("canEdit", permissions.mayOfferForms(viewer));
        return "proceedings/committees";
    }

    @GetMapping("/udvalg/{id}")
    String committee(@PathVariable UUID id, Model model) {
        Committee committee = committees.committee(id);
        model.addAttribute("committee", committee);
        model.addAttribute("body", committees.body(committee.bodyId()));
        model.addAttribute("meetings", meetings.meetingsOf(id));
        model.addAttribute("persons", committees.persons(committee.members().stream().map(CommitteeMember::personId)
                .collect(Collectors.toSet())));
        model.addAttribute("terms", committees.terms(committee.bodyId()));
        return "proceedings/committee";
    }

    @GetMapping("/moeder/{id}")
    String meeting(@PathVariable UUID id, @RequestParam(name = "visning", defaultValue = "referat") String view,
                   Viewer viewer, Model model) {
        Meeting meeting = meetings.meeting(id);
        List<AgendaItemView> items = meetings.agenda(id, viewer);
        model.addAttribute("meeting", meeting);
        Committee committee = committees.committee(meeting.committeeId());
        model.addAttribute("committee", committee);
        model.addAttribute("members", members(committee, meeting));
        model.addAttribute("items", items);
        model.addAttribute("open", items.stream().filter(i -> !i.closed()).toList());
        model.addAttribute("closed", items.stream().filter(AgendaItemView::closed).toList());
        model.addAttribute("absent", meeting.participants(Attendance.ABSENT));
        model.addAttribute("minutes", !"dagsorden".equals(view));
        model.addAttribute("linked", linkedStrategies(items, viewer));
        return "proceedings/meeting";
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
        var persons = committees.persons(current.stream().map(CommitteeMember::personId).collect(Collectors.toSet()));
        return current.stream().map(m -> persons.get(m.personId())).filter(java.util.Objects::nonNull)
                .map(dk.pejling.proceedings.Person::label).sorted().toList();
    }

    @GetMapping("/sager/{id}")
    String proceedingsCase(@PathVariable UUID id, Viewer viewer, Model model) {
        ProceedingsCase found = caseHistory.proceedingsCase(id, viewer);
        model.addAttribute("case", found);
        model.addAttribute("treatments", caseHistory.treatments(id, viewer));
        return "proceedings/case";
    }

    @GetMapping("/strategier/{id}/politisk-behandling")
    String history(@PathVariable UUID id, Viewer viewer, Model model) {
        Strategy strategy = strategies.get(new StrategyId(id), viewer);
        model.addAttribute("strategy", strategy);
        model.addAttribute("treatments", caseHistory.history(strategy.id(), viewer));
        return "proceedings/history";
    }

    /** The strategies the items concern, by id, with their titles as the viewer may see them. */
    private Map<UUID, Strategy> linkedStrategies(List<AgendaItemView> items, Viewer viewer) {
        Map<UUID, Strategy> out = new HashMap<>();
        items.stream().flatMap(i -> i.links().stream())
                .filter(l -> l.targetKind() == dk.pejling.proceedings.LinkKind.STRATEGY)
                .forEach(l -> {
                    try {
                        out.put(l.targetId(), strategies.get(new StrategyId(l.targetId()), viewer));
                    } catch (dk.pejling.shared.NotFoundException e) {
                        // an internal strategy stays unnamed for the public
                    }
                });
        return out;
    }
}
