package dk.pejling.register;

/**
 * An import that was not applied, and nothing of it saved: the file has row errors, or (with
 * {@link #outdated()}) it differs from the dry run that was confirmed.
 */
public class RegisterImportRejectedException extends RuntimeException {

    private final transient RegisterImportResult result;
    private final boolean outdated;

    RegisterImportRejectedException(RegisterImportResult result, boolean outdated) {
        super(outdated ? "the file differs from the one checked in the dry run" : result.errorCount() + " rows have errors");
        this.result = result;
        this.outdated = outdated;
    }

    public RegisterImportResult result() {
        return result;
    }

    public boolean outdated() {
        return outdated;
    }
}
