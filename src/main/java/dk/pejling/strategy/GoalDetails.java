package dk.pejling.strategy;

import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Visibility;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a user sets on a goal. {@code parentId} null means a top-level goal of the strategy. */
public record GoalDetails(GoalId parentId, String code, GoalKind kind, String title, String description,
                          Integer order, Visibility visibility) {

    public GoalDetails {
        Map<String, String> errors = new LinkedHashMap<>();
        code = code == null || code.isBlank() ? null : code.strip();
        title = title == null || title.isBlank() ? null : title.strip();
        description = description == null || description.isBlank() ? null : description.strip();
        if (title == null) {
            errors.put("title", "must not be blank");
        } else if (title.length() > 1000) {
            errors.put("title", "must be at most 1000 characters");
        }
        if (code != null && code.length() > 40) {
            errors.put("code", "must be at most 40 characters");
        }
        if (kind == null) {
            errors.put("kind", "must be given");
        }
        if (order != null && order < 0) {
            errors.put("order", "must be 0 or more");
        }
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
