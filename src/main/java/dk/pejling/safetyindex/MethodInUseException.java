package dk.pejling.safetyindex;

/** A method version that a published value uses cannot change (HTTP 409): publish a new version instead. */
public class MethodInUseException extends RuntimeException {
    public MethodInUseException(String version) {
        super("Method version " + version + " is used by published values and cannot change; create a new version.");
    }
}
