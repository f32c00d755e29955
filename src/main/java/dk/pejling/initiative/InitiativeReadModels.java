package dk.pejling.initiative;

import dk.pejling.organisation.Organisation;
import dk.pejling.organisation.OrganisationId;
import dk.pejling.organisation.OrganisationService;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.GoalNode;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.Strategy;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.StrategyService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The initiative pages' models, each read in one call and one read-only transaction. */
@Service
@Transactional(readOnly = true)
public class InitiativeReadModels {

    private final InitiativeService initiatives;
    private final StatusReportService reports;
    private final ReportingRoundService rounds;
    private final StrategyService strategies;
    private final GoalService goals;
    private final OrganisationService organisations;
    private final InitiativePermissions permissions;

    InitiativeReadModels(InitiativeService initiatives, StatusReportService reports, ReportingRoundService rounds,
                         StrategyService strategies, GoalService goals, OrganisationService organisations,
                         InitiativePermissions permissions) {
        this.initiatives = initiatives;
        this.reports = reports;
        this.rounds = rounds;
        this.strategies = strategies;
        this.goals = goals;
        this.organisations = organisations;
        this.permissions = permissions;
    }

    /** A strategy's initiatives the viewer may see, as a tree, with its reporting rounds. */
    public InitiativeListPage strategyInitiatives(StrategyId strategyId, Viewer viewer) {
        Strategy strategy = strategies.get(strategyId, viewer);
        List<Initiative> all = initiatives.ofStrategy(strategy.id(), viewer);
        return new InitiativeListPage(strategy, InitiativeListPage.tree(all), rounds.ofStrategy(strategy.id(), viewer),
                names(all.stream().map(Initiative::responsibleId).toList()),
                permissions.mayCoordinate(strategyId.value(), viewer), permissions.mayOpenNewForm(strategyId.value(), viewer));
    }

    /** One initiative with its organisations' names, its status over time and its parts. */
    public InitiativePage initiative(InitiativeId id, Viewer viewer) {
        Initiative initiative = initiatives.get(id, viewer);
        List<UUID> organisationIds = new ArrayList<>();
        organisationIds.add(initiative.responsibleId());
        initiative.partners().forEach(p -> organisationIds.add(p.organisationId()));
        return new InitiativePage(initiative, strategies.get(new StrategyId(initiative.strategyId()), viewer),
                names(organisationIds), reports.acrossRounds(initiative.id(), viewer),
                permissions.mayEdit(initiative, viewer), initiatives.partsOf(initiative, viewer));
    }

    /**
     * The choices of the form for a new initiative of the strategy, for its coordinators and editors (the save
     * checks the rest). A strategy the viewer may not see is not found before anyone is refused.
     */
    public InitiativeFormPage newInitiativeForm(StrategyId strategyId, Viewer viewer) {
        Strategy strategy = strategies.get(strategyId, viewer);
        Viewer.require(permissions.mayOpenNewForm(strategyId.value(), viewer));
        return form(strategy, null, viewer);
    }

    /**
     * The choices of the form that edits the initiative, for who may edit it. An initiative the viewer may not
     * see is not found before anyone is refused.
     */
    public InitiativeFormPage initiativeForm(InitiativeId id, Viewer viewer) {
        Initiative initiative = initiatives.get(id, viewer);
        permissions.requireEdit(initiative, viewer);
        return form(strategies.get(new StrategyId(initiative.strategyId()), viewer), initiative, viewer);
    }

    private InitiativeFormPage form(Strategy strategy, Initiative initiative, Viewer viewer) {
        List<GoalNode.Option> goalOptions = GoalNode.options(goals.tree(strategy.id(), viewer), null);
        // an initiative cannot be its own parent
        List<Initiative> parents = initiatives.ofStrategy(strategy.id(), viewer).stream()
                .filter(i -> initiative == null || !i.id().equals(initiative.id())).toList();
        return new InitiativeFormPage(strategy, initiative, goalOptions, parents, organisations.all());
    }

    private Map<UUID, String> names(Collection<UUID> ids) {
        List<OrganisationId> wanted = ids.stream().filter(Objects::nonNull).distinct().map(OrganisationId::new).toList();
        Map<UUID, String> names = new HashMap<>();
        for (Organisation o : organisations.byIds(wanted).values()) {
            names.put(o.id().value(), o.name());
        }
        return names;
    }
}
