package dk.pejling.search;

import dk.pejling.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One search: words and filters, already validated.
 *
 * @param q            the words; blank lists everything the filters let through
 * @param type         only this type, or null
 * @param strategy     only documents of this strategy, or null
 * @param organisation only documents of this organisation, or null
 * @param year         only this year, or null
 * @param page         0-based page
 * @param size         results a page, 1..100
 */
public record SearchRequest(String q, SearchType type, UUID strategy, UUID organisation, Integer year, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_QUERY_LENGTH = 500;
    /** Lucene collects the top (page + 1) × size hits; deeper pages than this are refused. */
    public static final int MAX_DEPTH = 10_000;

    public SearchRequest {
        q = q == null ? "" : q.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (q.length() > MAX_QUERY_LENGTH) {
            errors.put("q", "at most 500 characters");
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.put("size", "between 1 and 100");
        }
        if (page < 0) {
            errors.put("page", "0 or more");
        } else if ((long) (page + 1) * Math.max(size, 1) > MAX_DEPTH) {
            errors.put("page", "too deep: refine the search");
        }
        if (year != null && (year < 1900 || year > 2200)) {
            errors.put("year", "a year between 1900 and 2200");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Parses the request parameters as the API and the results page receive them; field errors for bad values. */
    public static SearchRequest parse(String q, String type, String strategy, String organisation, String year,
                                      Integer page, Integer size) {
        Map<String, String> errors = new LinkedHashMap<>();
        SearchType t = null;
        if (type != null && !type.isBlank()) {
            try {
                t = dk.pejling.shared.Coded.parse(SearchType.class, type.strip());
            } catch (IllegalArgumentException e) {
                errors.put("type", "one of strategy, goal, indicator, initiative, status-comment, meeting, agenda-item, case, document");
            }
        }
        UUID s = uuid("strategy", strategy, errors);
        UUID o = uuid("organisation", organisation, errors);
        Integer y = null;
        if (year != null && !year.isBlank()) {
            try {
                y = Integer.valueOf(year.strip());
            } catch (NumberFormatException e) {
                errors.put("year", "a year between 1900 and 2200");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new SearchRequest(q, t, s, o, y, page == null ? 0 : page, size == null ? 20 : size);
    }

    private static UUID uuid(String field, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "an id (UUID)");
            return null;
        }
    }

    public boolean hasWords() {
        return !q.isEmpty();
    }
}
