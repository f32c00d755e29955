package dk.pejling.initiative.web;

import dk.pejling.initiative.Initiative;
import dk.pejling.initiative.InitiativeId;
import dk.pejling.initiative.InitiativePermissions;
import dk.pejling.initiative.InitiativeService;
import dk.pejling.initiative.ReportingRoundService;
import dk.pejling.initiative.StatusReportService;
import dk.pejling.organisation.Organisation;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A strategy's initiatives, and one initiative with its partners, resources and status over time. */
@Controller
class InitiativePages {

    private final InitiativeService initiatives;
    private final StatusReportService reports;
    private final ReportingRoundService rounds;
    private final StrategyService strategies;
    private final OrganisationService organisations;
    private final InitiativePermissions permissions;

    InitiativePages(InitiativeService initiatives, StatusReportService reports, ReportingRoundService rounds,
                    StrategyService strategies, OrganisationService organisations, InitiativePermissions permissions) {
        this.permissions = permissions;
        this.initiatives = initiatives;
        this.reports = reports;
        this.rounds = rounds;
        this.strategies = strategies;
        this.organisations = organisations;
    }

    @GetMapping("/strategier/{id}/indsatser")
    String list(@PathVariable UUID id, Viewer viewer, Model model) {
        Strategy strategy = strategies.get(new StrategyId(id), viewer);
        List<Initiative> all = initiatives.ofStrategy(strategy.id(), viewer);
        List<Row> rows = new ArrayList<>();
        addChildren(all, null, 0, rows);
        model.addAttribute("strategy", strategy);
        model.addAttribute("rows", rows);
        model.addAttribute("rounds", rounds.ofStrategy(strategy.id(), viewer));
        model.addAttribute("names", names(all.stream().map(Initiative::responsibleId).toList()));
        model.addAttribute("canCoordinate", permissions.mayCoordinate(id, viewer));
        model.addAttribute("canEdit", permissions.mayOpenNewForm(id, viewer));
        return "initiative/list";
    }

    @GetMapping("/indsatser/{id}")
    String show(@PathVariable UUID id, Viewer viewer, Model model) {
        Initiative initiative = initiatives.get(new InitiativeId(id), viewer);
        List<UUID> orgIds = new ArrayList<>();
        orgIds.add(initiative.responsibleId());
        initiative.partners().forEach(p -> orgIds.add(p.organisationId()));
        model.addAttribute("initiative", initiative);
        model.addAttribute("strategy", strategies.get(new StrategyId(initiative.strategyId()), viewer));
        model.addAttribute("names", names(orgIds));
        model.addAttribute("history", reports.acrossRounds(initiative.id(), viewer));
        model.addAttribute("canEdit", permissions.mayEdit(initiative, viewer));
        model.addAttribute("parts", initiatives.partsOf(initiative, viewer));
        return "initiative/show";
    }

    /** An initiative with its depth in the tree, for an indented list. */
    record Row(Initiative initiative, int depth) {
    }

    private static void addChildren(List<Initiative> all, UUID parent, int depth, List<Row> out) {
        for (Initiative i : all) {
            boolean child = parent == null ? i.parentId() == null || all.stream().noneMatch(p -> p.id().value().equals(i.parentId()))
                    : parent.equals(i.parentId());
            if (child) {
                out.add(new Row(i, depth));
                addChildren(all, i.id().value(), depth + 1, out);
            }
        }
    }

    private Map<UUID, String> names(List<UUID> ids) {
        Set<OrganisationId> wanted = new HashSet<>();
        ids.stream().filter(java.util.Objects::nonNull).forEach(i -> wanted.add(new OrganisationId(i)));
        Map<UUID, String> names = new java.util.HashMap<>();
        for (Organisation o : organisations.byIds(wanted).values()) {
            names.put(o.id().value(), o.name());
        }
        return names;
    }
}
