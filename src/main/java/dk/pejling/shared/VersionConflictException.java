package dk.pejling.shared;

/** Someone else saved the record since the caller read it; the caller must reload (HTTP 409). */
public class VersionConflictException extends RuntimeException {
    private final long currentVersion;

    public VersionConflictException(String what, Object id, long currentVersion) {
        super(what + " " + id + " was changed by someone else (current version " + currentVersion + ")");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    /** Compares the version the caller read with the stored one before any change is applied. */
    public static void check(String what, Object id, Long expected, long actual) {
        if (expected == null || expected != actual) {
            throw new VersionConflictException(what, id, actual);
        }
    }
}
