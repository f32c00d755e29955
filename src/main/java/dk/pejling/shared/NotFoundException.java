package dk.pejling.shared;

/**
 * The record does not exist, or the viewer may not know that it exists. Internal records are
 * reported as not found to anonymous callers, never as forbidden, so their existence does not leak.
 */
public class NotFoundException extends RuntimeException {

    private final String what;
    private final String id;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
        this.what = what;
        this.id = String.valueOf(id);
    }

    /** The kind of record, in English ("goal"); a page says it in its language. */
    public String what() {
        return what;
    }

    public String id() {
        return id;
    }
}
