package dk.pejling.shared;

/**
 * The record does not exist, or the viewer may not know that it exists. Internal records are
 * reported as not found to anonymous callers, never as forbidden, so their existence does not leak.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
