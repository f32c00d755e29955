package dk.pejling.report;

import dk.pejling.shared.InvalidInputException;
import java.util.UUID;

/**
 * The overview's filters: a year (required), an organisation (owner or partner, with its units'
 * strategies as the strategy list matches them) and a theme (exact, case-insensitive).
 */
public record OverviewQuery(int year, UUID organisation, String theme) {

    static final int MAX_THEME = 200;

    public OverviewQuery {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (year < 1900 || year > 2200) {
            errors.put("year", "must be a year between 1900 and 2200");
        }
        theme = theme == null || theme.isBlank() ? null : theme.strip();
        if (theme != null && theme.length() > MAX_THEME) {
            errors.put("theme", "must be at most " + MAX_THEME + " characters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
