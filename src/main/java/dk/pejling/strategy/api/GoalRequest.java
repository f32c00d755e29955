package dk.pejling.strategy.api;

import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.GoalDetails;
import dk.pejling.strategy.GoalId;
import dk.pejling.strategy.GoalKind;
import java.util.UUID;

/** Body of create and update of a goal; {@code strategyId} on create, {@code version} on update. */
record GoalRequest(UUID strategyId, UUID parentId, String code, GoalKind kind, String title, String description,
                   Integer order, Visibility visibility, Long version) {

    GoalDetails details() {
        return new GoalDetails(parentId == null ? null : new GoalId(parentId), code, kind, title, description, order, visibility);
    }

    UUID requiredStrategyId() {
        if (strategyId == null) {
            throw new InvalidInputException("strategyId", "must be given");
        }
        return strategyId;
    }

    long requiredVersion() {
        if (version == null) {
            throw new InvalidInputException("version", "must be given on update (the version you last read)");
        }
        return version;
    }
}
