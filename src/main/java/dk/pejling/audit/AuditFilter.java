package dk.pejling.audit;

import dk.pejling.shared.InvalidInputException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What to look for in the audit log; every part is optional.
 *
 * @param user       a user id or a user name (exact)
 * @param recordType with {@code record} given as {@code type:id}
 * @param recordId   the record's id
 * @param person     text searched for in the user name and the before and after values
 * @param from       entries at or after this moment
 * @param to         entries before this moment
 */
public record AuditFilter(String user, String recordType, String recordId, String person, Instant from, Instant to) {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    /** The filters as the request gives them, not yet read: parsing them is the reader's business, after its check. */
    public record Input(String user, String record, String person, String from, String to) {

        public AuditFilter parse() {
            return AuditFilter.parse(user, record, person, from, to);
        }
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    /**
     * Reads the request's filters. A date means the whole day in Denmark: {@code from} its start,
     * {@code to} its end.
     */
    public static AuditFilter parse(String user, String record, String person, String from, String to) {
        Map<String, String> errors = new LinkedHashMap<>();
        Instant start = time(from, false, "from", errors);
        Instant end = time(to, true, "to", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.put("to", "must not be before from");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String type = null;
        String id = blankToNull(record);
        if (id != null && id.indexOf(':') > 0) {
            type = id.substring(0, id.indexOf(':')).strip().toLowerCase(Locale.ROOT);
            id = blankToNull(id.substring(id.indexOf(':') + 1));
        }
        return new AuditFilter(blankToNull(user), type, id, blankToNull(person), start, end);
    }

    /** The user filter as an id, when it is one. */
    public UUID userId() {
        try {
            return user == null ? null : UUID.fromString(user);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant time(String value, boolean end, String field, Map<String, String> errors) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (end ? day.plusDays(1) : day).atStartOfDay(DENMARK).toInstant();
            }
            return Instant.parse(v);
        } catch (DateTimeException e) {
            errors.put(field, "must be a date or an instant");
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
