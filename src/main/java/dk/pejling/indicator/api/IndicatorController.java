package dk.pejling.indicator.api;

import dk.pejling.indicator.IndicatorId;
import dk.pejling.indicator.IndicatorService;
import dk.pejling.indicator.MeasurementService;
import dk.pejling.indicator.api.IndicatorDtos.IndicatorDto;
import dk.pejling.indicator.api.IndicatorDtos.MeasurementDto;
import dk.pejling.shared.ListPage;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.GoalId;
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
@RequestMapping("/api/v1/indicators")
@Tag(name = "Indicators", description = "Indicators with baselines, targets per period and measurements")
class IndicatorController {

    private final IndicatorService indicators;
    private final MeasurementService measurements;

    IndicatorController(IndicatorService indicators, MeasurementService measurements) {
        this.indicators = indicators;
        this.measurements = measurements;
    }

    @GetMapping
    @Operation(summary = "List indicators; q filters name and definition, goal limits to the indicators serving a goal")
    ListPage<IndicatorDto> list(@RequestParam(required = false) String q, @RequestParam(required = false) UUID goal,
                                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                                Viewer viewer) {
        return indicators.list(new PageQuery(q, page, size), goal == null ? null : new GoalId(goal), viewer)
                .map(IndicatorDto::of);
    }

    @GetMapping("/{id}")
    IndicatorDto get(@PathVariable UUID id, Viewer viewer) {
        return IndicatorDto.of(indicators.get(new IndicatorId(id), viewer));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IndicatorDto create(@RequestBody IndicatorRequest request, Viewer viewer) {
        return IndicatorDto.of(indicators.create(request.details(), request.key(), viewer));
    }

    @PutMapping("/{id}")
    IndicatorDto update(@PathVariable UUID id, @RequestBody IndicatorRequest request, Viewer viewer) {
        return IndicatorDto.of(indicators.update(new IndicatorId(id), request.requiredVersion(), request.details(), viewer));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, Viewer viewer) {
        indicators.delete(new IndicatorId(id), viewer);
    }

    @GetMapping("/{id}/measurements")
    @Operation(summary = "The indicator's current values; history=true includes corrected (superseded) values")
    List<MeasurementDto> measurements(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean history,
                                      Viewer viewer) {
        return measurements.list(new IndicatorId(id), history, viewer).stream().map(MeasurementDto::of).toList();
    }

    @PostMapping("/{id}/measurements")
    @ResponseStatus(HttpStatus.CREATED)
    MeasurementDto addMeasurement(@PathVariable UUID id, @RequestBody MeasurementRequest request, Viewer viewer) {
        return MeasurementDto.of(measurements.add(new IndicatorId(id), request.input(), viewer));
    }

    @PutMapping("/{id}/measurements/{measurementId}")
    @Operation(summary = "Correct a value: the old value is kept in the history; a reason is required")
    MeasurementDto correct(@PathVariable UUID id, @PathVariable UUID measurementId,
                           @RequestBody MeasurementRequest request, Viewer viewer) {
        indicators.get(new IndicatorId(id), viewer);
        return MeasurementDto.of(measurements.correct(measurementId, request.requiredVersion(), request.input(),
                request.reason(), viewer));
    }
}
