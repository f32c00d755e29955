package dk.pejling.safetyindex;

import dk.pejling.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A survey wave: its name and provider, the period its answers describe, the fieldwork window,
 * how many were invited and answered, a note on the method, and the items its answers follow.
 *
 * @param synthetic the answers are generated to match published figures (SYNTETISK), not collected
 */
public record SurveyWave(UUID id, String name, String provider, Period period, LocalDate fieldworkFrom,
                         LocalDate fieldworkTo, Integer invited, Integer answered, String methodNote, List<String> items,
                         boolean synthetic, String source, Instant createdAt) {

    public SurveyWave {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInputException("name", "must be 1–200 characters");
        }
        if (period == null) {
            throw new InvalidInputException("period", "must be given");
        }
        if (fieldworkFrom != null && fieldworkTo != null && fieldworkTo.isBefore(fieldworkFrom)) {
            throw new InvalidInputException("fieldworkTo", "must not be before the start of the fieldwork");
        }
        if (invited != null && answered != null && answered > invited) {
            throw new InvalidInputException("answered", "cannot be more than were invited");
        }
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new InvalidInputException("items", "the wave needs at least one item");
        }
    }

    /** The response rate in percent, when both counts are known. */
    public Double responseRate() {
        return invited == null || answered == null || invited == 0 ? null : 100.0 * answered / invited;
    }
}
