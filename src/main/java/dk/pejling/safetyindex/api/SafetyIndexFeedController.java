package dk.pejling.safetyindex.api;

import dk.pejling.safetyindex.IndicatorFeed;
import dk.pejling.safetyindex.Period;
import dk.pejling.safetyindex.FeedService;
import dk.pejling.safetyindex.SafetyIndexPermissions;
import dk.pejling.shared.FieldErrors;
import dk.pejling.shared.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Which computed values feed which indicators of the goal tree. */
@RestController
@RequestMapping("/api/v1/safety-index/feeds")
@Tag(name = "Safety index", description = "Tryghedsindeks: method versions, inputs, values with intervals, replay, sensitivity")
class SafetyIndexFeedController {

    private final FeedService service;
    private final SafetyIndexPermissions permissions;

    SafetyIndexFeedController(FeedService service, SafetyIndexPermissions permissions) {
        this.permissions = permissions;
        this.service = service;
    }

    record FeedDto(String indicatorKey, String area, String method, String component, String baseline) {
        static FeedDto of(IndicatorFeed f) {
            return new FeedDto(f.indicatorKey(), f.area(), f.methodVersion(), f.component(),
                    f.baseline() == null ? null : f.baseline().toString());
        }
    }

    @GetMapping
    @Operation(summary = "The feeds into indicators the caller may enter data for (editors and coordinators)")
    SafetyIndexDtos.ListDto<FeedDto> feeds(Viewer viewer) {
        return SafetyIndexDtos.ListDto.of(service.list(viewer).stream().map(FeedDto::of).toList());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Let the index (component \"index\"), a sub-index (\"sub:<key>\") or an indicator (\"ind:<key>\") "
            + "of an area feed an indicator of the goal tree from the next computation on. With a baseline period the "
            + "feed enters the change since the baseline with the interval of the paired difference (index or indicator "
            + "only). Only someone who may enter the indicator's data may create it; replaces the feed of the same "
            + "indicator, area and method. Bad input: 400 with field errors.")
    FeedDto create(@RequestBody(required = false) FeedDto request, Viewer viewer) {
        permissions.requireManageFeeds(viewer); // refuse before reading the body: who may not, learns nothing from field errors
        FeedDto r = request == null ? new FeedDto(null, null, null, null, null) : request;
        FieldErrors errors = new FieldErrors();
        Period baseline = r.baseline() == null || r.baseline().isBlank() ? null
                : errors.collect(() -> Period.of(r.baseline()));
        IndicatorFeed feed = errors.orThrow(errors.collect(
                () -> new IndicatorFeed(r.indicatorKey(), r.area(), r.method(), r.component(), baseline)));
        return FeedDto.of(service.save(feed, viewer));
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop a feed (the measurements it entered stay); answers 204 also when there was none")
    void delete(@RequestParam String indicator, @RequestParam String area, @RequestParam String method, Viewer viewer) {
        service.delete(indicator, area, method, viewer);
    }
}
