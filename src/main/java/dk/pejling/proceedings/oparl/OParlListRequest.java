package dk.pejling.proceedings.oparl;

import dk.pejling.proceedings.oparl.OParlQueries.Filter;
import dk.pejling.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The query parameters of an OParl list as the client sent them (the specification's snake_case names). They are
 * kept as text so that the links to the next pages repeat them as given, and so that a bad value is a 400 naming
 * the parameter; {@link #parse()} checks them.
 */
record OParlListRequest(@BindParam("created_since") String createdSince, @BindParam("created_until") String createdUntil,
                        @BindParam("modified_since") String modifiedSince,
                        @BindParam("modified_until") String modifiedUntil, String limit, String after) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    /** A checked list request: the filter, the keyset position, the page size, and the parameters a next link repeats. */
    record Paging(Filter filter, UUID after, int limit, Map<String, String> query) {
    }

    Filter filter() {
        return new Filter(instant("created_since", createdSince), instant("created_until", createdUntil),
                instant("modified_since", modifiedSince), instant("modified_until", modifiedUntil));
    }

    Paging parse() {
        Filter filter = filter();
        int size = DEFAULT_LIMIT;
        if (limit != null) {
            try {
                size = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("limit", "must be a whole number");
            }
            if (size < 1 || size > MAX_LIMIT) {
                throw new InvalidInputException("limit", "must be between 1 and 100");
            }
        }
        UUID position = null;
        if (after != null) {
            try {
                position = UUID.fromString(after);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("after", "has an invalid value");
            }
        }
        Map<String, String> query = new LinkedHashMap<>();
        putGiven(query, "created_since", createdSince);
        putGiven(query, "created_until", createdUntil);
        putGiven(query, "modified_since", modifiedSince);
        putGiven(query, "modified_until", modifiedUntil);
        putGiven(query, "limit", limit);
        return new Paging(filter, position, size, query);
    }

    private static void putGiven(Map<String, String> query, String key, String value) {
        if (value != null) {
            query.put(key, value);
        }
    }

    /** A date and time with offset; a bare date is midnight in Denmark. */
    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.strip()).atStartOfDay(ZONE).toInstant();
            } catch (DateTimeParseException e2) {
                throw new InvalidInputException(field, "must be a date and time with offset");
            }
        }
    }
}
