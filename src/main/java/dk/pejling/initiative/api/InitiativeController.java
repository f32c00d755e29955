package dk.pejling.initiative.api;

import dk.pejling.initiative.Initiative;
import dk.pejling.initiative.InitiativeId;
import dk.pejling.initiative.InitiativeService;
import dk.pejling.initiative.StatusInput;
import dk.pejling.initiative.StatusReportService;
import dk.pejling.initiative.api.InitiativeDtos.InitiativeDto;
import dk.pejling.initiative.api.InitiativeDtos.ReportDto;
import dk.pejling.initiative.api.InitiativeDtos.RoundStatusDto;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.ListPage;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.StrategyId;
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
@RequestMapping("/api/v1/initiatives")
@Tag(name = "Initiatives", description = "Initiatives (indsatser, handlinger, aktiviteter, tiltag) and their status reports")
class InitiativeController {

    private final InitiativeService initiatives;
    private final StatusReportService reports;

    InitiativeController(InitiativeService initiatives, StatusReportService reports) {
        this.initiatives = initiatives;
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "List initiatives; q filters number, title and description; strategy limits to one strategy")
    ListPage<InitiativeDto> list(@RequestParam(required = false) String q, @RequestParam(required = false) UUID strategy,
                                 @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                                 Viewer viewer) {
        ListPage<Initiative> found = initiatives.list(new PageQuery(q, page, size),
                strategy == null ? null : new StrategyId(strategy), viewer);
        java.util.Set<UUID> hidden = initiatives.hiddenReferences(found.items(), viewer);
        return found.map(i -> InitiativeDto.of(i, hidden));
    }

    @GetMapping("/{id}")
    InitiativeDto get(@PathVariable UUID id, Viewer viewer) {
        return dto(initiatives.get(new InitiativeId(id), viewer), viewer);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    InitiativeDto create(@RequestBody InitiativeRequest request, Viewer viewer) {
        return dto(initiatives.create(new StrategyId(request.requiredStrategyId()), request.details(), viewer), viewer);
    }

    @PutMapping("/{id}")
    InitiativeDto update(@PathVariable UUID id, @RequestBody InitiativeRequest request, Viewer viewer) {
        return dto(initiatives.update(new InitiativeId(id), request.requiredVersion(), request.details(), viewer), viewer);
    }

    private InitiativeDto dto(Initiative initiative, Viewer viewer) {
        return InitiativeDto.of(initiative, initiatives.hiddenReferences(java.util.List.of(initiative), viewer));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, Viewer viewer) {
        initiatives.delete(new InitiativeId(id), viewer);
    }

    @GetMapping("/{id}/status-reports")
    @Operation(summary = "The initiative's status in every round, oldest first")
    List<RoundStatusDto> statusReports(@PathVariable UUID id, Viewer viewer) {
        return reports.acrossRounds(new InitiativeId(id), viewer).stream().map(RoundStatusDto::of).toList();
    }

    record ValueRequest(UUID indicatorId, String period, String step, java.math.BigDecimal value, String note) {
    }

    record SubmitRequest(UUID roundId, String status, String comment, Integer progress, Long version,
                         List<ValueRequest> measurements) {
    }

    @PostMapping("/{id}/status-reports")
    @Operation(summary = "Submit the owner's status for a round; version is that of the report last read (none for the first)")
    ReportDto submit(@PathVariable UUID id, @RequestBody SubmitRequest request, Viewer viewer) {
        if (request.roundId() == null) {
            throw new InvalidInputException("roundId", "must be given");
        }
        List<StatusReportService.NewValue> values = new java.util.ArrayList<>();
        List<ValueRequest> given = request.measurements() == null ? List.of() : request.measurements();
        for (int i = 0; i < given.size(); i++) {
            ValueRequest v = given.get(i);
            try {
                values.add(new StatusReportService.NewValue(new dk.pejling.indicator.IndicatorId(v.indicatorId()),
                        new dk.pejling.indicator.MeasurementInput(dk.pejling.indicator.MeasurementPeriod.of(v.period()),
                                v.step(), v.value(), null, null, null, v.note(), null, null, null)));
            } catch (InvalidInputException | NullPointerException e) {
                throw new InvalidInputException("measurements[" + i + "]", "give indicatorId, period and value");
            }
        }
        return ReportDto.of(reports.submit(request.roundId(), new InitiativeId(id),
                new StatusInput(request.status(), request.comment(), request.progress()), request.version(), values, viewer));
    }
}
