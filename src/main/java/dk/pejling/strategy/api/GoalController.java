package dk.pejling.strategy.api;

import dk.pejling.shared.ListPage;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.GoalId;
import dk.pejling.strategy.GoalNode;
import dk.pejling.strategy.GoalService;
import dk.pejling.strategy.StrategyId;
import dk.pejling.strategy.api.StrategyDtos.GoalDto;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/goals")
@Tag(name = "Goals", description = "Goals of any depth under a strategy (mission, hovedmål, mål, delmål)")
class GoalController {

    private final GoalService goals;

    GoalController(GoalService goals) {
        this.goals = goals;
    }

    @GetMapping
    @Operation(summary = "List goals as a flat list; q filters code, title and description, strategy limits to one strategy")
    ListPage<GoalDto> list(@RequestParam(required = false) String q, @RequestParam(required = false) UUID strategy,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                           Viewer viewer) {
        return goals.list(strategy == null ? null : new StrategyId(strategy), new PageQuery(q, page, size), viewer)
                .map(g -> GoalDto.of(g, List.of()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a goal with its sub-goals as nested children")
    GoalDto get(@PathVariable UUID id, Viewer viewer) {
        var goal = goals.get(new GoalId(id), viewer);
        return goals.tree(goal.strategyId(), viewer).stream()
                .map(root -> find(root, goal.id()))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(GoalDto::of)
                .orElseGet(() -> GoalDto.of(goal, List.of()));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    GoalDto create(@RequestBody GoalRequest request, Viewer viewer) {
        return GoalDto.of(goals.create(new StrategyId(request.requiredStrategyId()), request.details(), viewer), List.of());
    }

    @PutMapping("/{id}")
    GoalDto update(@PathVariable UUID id, @RequestBody GoalRequest request, Viewer viewer) {
        return GoalDto.of(goals.update(new GoalId(id), request.requiredVersion(), request.details(), viewer), List.of());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, Viewer viewer) {
        goals.delete(new GoalId(id), viewer);
    }

    private static GoalNode find(GoalNode node, GoalId id) {
        if (node.goal().id().equals(id)) {
            return node;
        }
        for (GoalNode child : node.children()) {
            GoalNode found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
