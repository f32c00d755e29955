package dk.pejling.indicator.api;

import dk.pejling.indicator.Attainment;
import dk.pejling.indicator.AttainmentService;
import dk.pejling.indicator.ExplanationText;
import dk.pejling.indicator.ManualVerdictService;
import dk.pejling.indicator.MeasurementPeriod;
import dk.pejling.indicator.RollupMethod;
import dk.pejling.indicator.api.IndicatorDtos.AttainmentDto;
import dk.pejling.indicator.api.IndicatorDtos.ManualVerdictDto;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.GoalId;
import dk.pejling.strategy.StrategyId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Attainment", description = "Computed, explained verdicts for goals; the sentences in the request's language (Danish, or English with ?lang=en) and in both")
class AttainmentController {

    private final AttainmentService attainment;
    private final ManualVerdictService manual;
    private final ExplanationText text;

    AttainmentController(AttainmentService attainment, ManualVerdictService manual, ExplanationText text) {
        this.attainment = attainment;
        this.manual = manual;
        this.text = text;
    }

    @GetMapping("/api/v1/goals/{id}/attainment")
    @Operation(summary = "The goal's verdict for a year (default: the latest year with a target), its targets and sub-goals")
    AttainmentDto goal(@PathVariable UUID id, @RequestParam(required = false) Integer year,
                       @RequestParam(defaultValue = "ALL_OR_SOME") RollupMethod method,
                       @RequestParam(required = false) Instant asOf, Viewer viewer, Locale locale) {
        return AttainmentDto.of(attainment.forGoal(new GoalId(id), year, method, asOf, viewer), text, locale);
    }

    @GetMapping("/api/v1/strategies/{id}/attainment")
    @Operation(summary = "The verdicts of every goal of a strategy for a year")
    List<AttainmentDto> strategy(@PathVariable UUID id, @RequestParam(required = false) Integer year,
                                 @RequestParam(defaultValue = "ALL_OR_SOME") RollupMethod method,
                                 @RequestParam(required = false) Instant asOf, Viewer viewer, Locale locale) {
        return attainment.forStrategy(new StrategyId(id), year, method, asOf, viewer).stream()
                .map(g -> AttainmentDto.of(g, text, locale)).toList();
    }

    record ManualVerdictRequest(Attainment status, String reason) {
    }

    @PutMapping("/api/v1/goals/{id}/manual-verdicts/{year}")
    @Operation(summary = "Set the verdict of a goal without numbers by hand; a reason is required")
    ManualVerdictDto setManual(@PathVariable UUID id, @PathVariable String year, @RequestBody ManualVerdictRequest request,
                               Viewer viewer) {
        return ManualVerdictDto.of(manual.set(new GoalId(id), MeasurementPeriod.of(year), request.status(),
                request.reason(), viewer));
    }
}
