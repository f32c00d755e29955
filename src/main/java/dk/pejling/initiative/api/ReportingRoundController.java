package dk.pejling.initiative.api;

import dk.pejling.initiative.ReportingRoundService;
import dk.pejling.initiative.RoundOverview;
import dk.pejling.initiative.StatusInput;
import dk.pejling.initiative.StatusOption;
import dk.pejling.initiative.StatusReportService;
import dk.pejling.initiative.api.InitiativeDtos.OverviewDto;
import dk.pejling.initiative.api.InitiativeDtos.ReportDto;
import dk.pejling.initiative.api.InitiativeDtos.RevisionDto;
import dk.pejling.initiative.api.InitiativeDtos.RoundDto;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.StrategyId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reporting rounds", description = "Status rounds: open, report, review, approve, overview")
class ReportingRoundController {

    private final ReportingRoundService rounds;
    private final StatusReportService reports;

    ReportingRoundController(ReportingRoundService rounds, StatusReportService reports) {
        this.rounds = rounds;
        this.reports = reports;
    }

    @GetMapping("/api/v1/reporting-rounds")
    List<RoundDto> list(@RequestParam UUID strategy, Viewer viewer) {
        return rounds.ofStrategy(new StrategyId(strategy), viewer).stream().map(r -> dto(r, viewer)).toList();
    }

    record OpenRequest(UUID strategyId, String title, LocalDate asOf, LocalDate dueDate) {
    }

    @PostMapping("/api/v1/reporting-rounds")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a round over every initiative of a strategy (coordinators)")
    RoundDto open(@RequestBody OpenRequest request, Viewer viewer) {
        if (request.strategyId() == null) {
            throw new InvalidInputException("strategyId", "must be given");
        }
        return dto(rounds.open(new StrategyId(request.strategyId()), request.title(), request.asOf(),
                request.dueDate(), viewer), viewer);
    }

    @GetMapping("/api/v1/reporting-rounds/{id}")
    RoundDto get(@PathVariable UUID id, Viewer viewer) {
        return dto(rounds.get(id, viewer), viewer);
    }

    record VersionRequest(Long version, Boolean lockWithMissing) {
        long required() {
            if (version == null) {
                throw new InvalidInputException("version", "must be given (the version you last read)");
            }
            return version;
        }
    }

    @PostMapping("/api/v1/reporting-rounds/{id}/approve")
    @Operation(summary = "Approve and lock the round (coordinators); with initiatives that have not reported only "
            + "with lockWithMissing: true, else 400 with a field error on lockWithMissing saying how many are missing")
    RoundDto approve(@PathVariable UUID id, @RequestBody VersionRequest request, Viewer viewer) {
        return dto(rounds.approve(id, request.required(), Boolean.TRUE.equals(request.lockWithMissing()), viewer), viewer);
    }

    @GetMapping("/api/v1/reporting-rounds/{id}/overview")
    @Operation(summary = "The round as a matrix: counts per status (of the round, or of an organisation and its units), "
            + "and a page of initiatives; status=not-reported lists who has not reported")
    OverviewDto overview(@PathVariable UUID id, @RequestParam(required = false) UUID organisation,
                         @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "500") int size, Viewer viewer) {
        RoundOverview overview = rounds.overview(id, new RoundOverview.Filter(organisation, status, page, size), viewer);
        return OverviewDto.of(overview, rounds.initiativeCount(overview.round(), viewer));
    }

    record ReviewRequest(boolean approve, String comment, Long version) {
    }

    @PostMapping("/api/v1/status-reports/{id}/review")
    @Operation(summary = "Approve a report or send it back with a comment (coordinators)")
    ReportDto review(@PathVariable UUID id, @RequestBody ReviewRequest request, Viewer viewer) {
        if (request.version() == null) {
            throw new InvalidInputException("version", "must be given (the version you last read)");
        }
        return ReportDto.of(reports.review(id, request.version(), request.approve(), request.comment(), viewer));
    }

    record CorrectionRequest(String status, String comment, Integer progress, String reason, Long version) {
    }

    @PostMapping("/api/v1/status-reports/{id}/corrections")
    @Operation(summary = "Correct a report of an approved round: a new version with its reason (coordinators)")
    ReportDto correct(@PathVariable UUID id, @RequestBody CorrectionRequest request, Viewer viewer) {
        if (request.version() == null) {
            throw new InvalidInputException("version", "must be given (the version you last read)");
        }
        return ReportDto.of(reports.correct(id, request.version(),
                new StatusInput(request.status(), request.comment(), request.progress()), request.reason(), viewer));
    }

    @GetMapping("/api/v1/status-reports/{id}/history")
    List<RevisionDto> history(@PathVariable UUID id, Viewer viewer) {
        return reports.history(id, viewer).stream().map(RevisionDto::of).toList();
    }

    @GetMapping("/api/v1/strategies/{id}/status-scheme")
    List<StatusOption> scheme(@PathVariable UUID id, Viewer viewer) {
        rounds.ofStrategy(new StrategyId(id), viewer);
        return rounds.scheme(new StrategyId(id));
    }

    @PutMapping("/api/v1/strategies/{id}/status-scheme")
    @Operation(summary = "Define the strategy's own status legend: code, labels, colour, icon, whether a note is required")
    List<StatusOption> defineScheme(@PathVariable UUID id, @RequestBody List<StatusOption> options, Viewer viewer) {
        rounds.defineScheme(new StrategyId(id), options, viewer);
        return rounds.scheme(new StrategyId(id));
    }

    private RoundDto dto(dk.pejling.initiative.ReportingRound round, Viewer viewer) {
        return RoundDto.of(round, rounds.initiativeCount(round, viewer));
    }

    record TaskDto(UUID roundId, String round, LocalDate dueDate, UUID initiativeId, String initiative, String link) {
    }

    @GetMapping("/api/v1/me/tasks")
    @Operation(summary = "The caller's open reporting tasks with deep links")
    List<TaskDto> tasks(Viewer viewer) {
        return rounds.tasks(viewer).stream().map(t -> new TaskDto(t.round().id(), t.round().title(), t.round().dueDate(),
                t.initiative().initiativeId(), t.initiative().label(), t.link())).toList();
    }
}
