package dk.pejling.access.api;

import dk.pejling.access.AccessPermissions;
import dk.pejling.access.Coordinators;
import dk.pejling.access.User;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Who coordinates a strategy. Administrators and the strategy's coordinators appoint and dismiss. */
@RestController
@RequestMapping("/api/v1/strategies/{strategyId}/coordinators")
@Tag(name = "Coordinators", description = "Per-strategy coordinators: open rounds, approve, edit the strategy")
class CoordinatorController {

    private final Coordinators coordinators;
    private final AccessPermissions permissions;

    CoordinatorController(Coordinators coordinators, AccessPermissions permissions) {
        this.permissions = permissions;
        this.coordinators = coordinators;
    }

    record CoordinatorDto(UUID userId, String username, String displayName, UUID organisationId) {
        static CoordinatorDto of(User user) {
            return new CoordinatorDto(user.id(), user.username(), user.displayName(), user.organisationId());
        }
    }

    record Appointment(UUID userId) {
    }

    @GetMapping
    @Operation(summary = "List the strategy's coordinators (signed-in users only)")
    List<CoordinatorDto> list(@PathVariable UUID strategyId, Viewer viewer) {
        List<CoordinatorDto> result = coordinators.coordinatorsOf(strategyId, viewer).stream().map(CoordinatorDto::of).toList();
        permissions.requireListCoordinators(viewer); // names of people are for signed-in users (the filter chain asks first)
        return result;
    }

    @PostMapping
    @Operation(summary = "Appoint a coordinator; 201 when new, 200 when the user already coordinated the strategy")
    ResponseEntity<Void> appoint(@PathVariable UUID strategyId, @RequestBody(required = false) Appointment body,
                                 Viewer viewer) {
        if (body == null || body.userId() == null) {
            throw new InvalidInputException("userId", "is required");
        }
        boolean added = coordinators.appointCoordinator(strategyId, body.userId(), viewer);
        return ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK).build();
    }

    @DeleteMapping("/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Dismiss a coordinator")
    void dismiss(@PathVariable UUID strategyId, @PathVariable UUID userId, Viewer viewer) {
        coordinators.dismissCoordinator(strategyId, userId, viewer);
    }
}
