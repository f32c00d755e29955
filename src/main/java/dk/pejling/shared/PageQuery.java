package dk.pejling.shared;

/**
 * Paging and text filter of a list request. Page numbers start at 0; the size is capped so
 * that no client can ask for the whole table in one go.
 */
public record PageQuery(String q, int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageQuery {
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
        }
        q = q == null || q.isBlank() ? null : q.trim();
    }

    public long offset() {
        return (long) page * size;
    }

    /** The text filter as a LIKE pattern for lower-cased columns, with the wildcards in it escaped. */
    public String likePattern() {
        if (q == null) {
            return null;
        }
        String escaped = q.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
