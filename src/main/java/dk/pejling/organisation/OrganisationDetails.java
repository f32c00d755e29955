package dk.pejling.organisation;

import dk.pejling.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a user sets on an organisation; validated here so every entry point gets the same rules. */
public record OrganisationDetails(String name, String shortName, OrganisationKind kind, OrganisationId parentId) {

    public OrganisationDetails {
        Map<String, String> errors = new LinkedHashMap<>();
        name = name == null ? null : name.strip();
        shortName = shortName == null || shortName.isBlank() ? null : shortName.strip();
        if (name == null || name.isEmpty()) {
            errors.put("name", "must not be blank");
        } else if (name.length() > 300) {
            errors.put("name", "must be at most 300 characters");
        }
        if (shortName != null && shortName.length() > 60) {
            errors.put("shortName", "must be at most 60 characters");
        }
        if (kind == null) {
            errors.put("kind", "must be given");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
