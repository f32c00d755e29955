package dk.pejling.safetyindex.api;

import dk.pejling.safetyindex.IndexInputs;
import dk.pejling.safetyindex.Period;
import dk.pejling.safetyindex.SafetyIndexPermissions;
import dk.pejling.safetyindex.SafetyIndexService;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A published share where only the aggregate exists (the national 88,1 % of 27.510 answers): the share
 * with its n, effective n and source, used instead of respondent answers when the period is computed.
 */
@RestController
@RequestMapping("/api/v1/safety-index/shares")
@Tag(name = "Safety index", description = "Tryghedsindeks: method versions, inputs, values with intervals, replay, sensitivity")
class SafetyIndexShareController {

    private final SafetyIndexService service;
    private final SafetyIndexPermissions permissions;

    SafetyIndexShareController(SafetyIndexService service, SafetyIndexPermissions permissions) {
        this.permissions = permissions;
        this.service = service;
    }

    /**
     * @param share      the share as a fraction, 0 to 1
     * @param nEffective Kish's effective n; n when left out (no design effect)
     */
    record ShareRequest(String area, String period, String indicator, Double share, Long n, Double nEffective, String source) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a published share with its n and source, where no respondent answers exist (editors); "
            + "it enters the next computation of its period. Bad input: 400 with field errors.")
    ShareRequest create(@RequestBody(required = false) ShareRequest request, Viewer viewer) {
        permissions.requireMaintainIndex(viewer); // refuse before reading the body
        ShareRequest r = request == null ? new ShareRequest(null, null, null, null, null, null, null) : request;
        Map<String, String> errors = new LinkedHashMap<>();
        Period period = null;
        try {
            period = Period.of(r.period());
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        if (r.area() == null || r.area().isBlank()) {
            errors.put("area", "must name an area");
        }
        if (r.indicator() == null || !r.indicator().strip().matches("[a-z0-9_]{1,40}")) {
            errors.put("indicator", "must be the key of a survey indicator of the method, e.g. andel_tryg");
        }
        if (r.share() == null || !(r.share() >= 0 && r.share() <= 1)) {
            errors.put("share", "must be a fraction from 0 to 1");
        }
        if (r.n() == null || r.n() < 1) {
            errors.put("n", "must be 1 or more");
        }
        double nEffective = r.nEffective() != null ? r.nEffective() : r.n() == null ? 0 : r.n();
        if (r.n() != null && r.n() >= 1 && !(nEffective > 0 && nEffective <= r.n())) {
            errors.put("nEffective", "must be above 0 and at most n");
        }
        if (r.source() == null || r.source().isBlank()) {
            errors.put("source", "must say where the share is published");
        } else if (r.source().length() > 300) {
            errors.put("source", "must be at most 300 characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        service.saveShare(new IndexInputs.ShareAggregate(r.area().strip(), period, r.indicator().strip(), r.share(), r.n(),
                nEffective, r.source().strip()), viewer);
        return new ShareRequest(r.area().strip(), period.toString(), r.indicator().strip(), r.share(), r.n(), nEffective,
                r.source().strip());
    }
}
