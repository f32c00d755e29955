package dk.pejling.shared;

/** The viewer is known but may not do this. Anonymous callers get 401 from the security layer first. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException() {
        super("forbidden");
    }
}
