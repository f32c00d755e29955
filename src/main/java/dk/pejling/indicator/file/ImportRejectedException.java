package dk.pejling.indicator.file;

/**
 * An import that was not applied, and nothing of it saved: the file has row errors, or (with
 * {@link #outdated()}) it or the values it changes differ from the dry run that was confirmed.
 */
public class ImportRejectedException extends RuntimeException {

    private final transient ImportResult result;
    private final boolean outdated;

    ImportRejectedException(ImportResult result, boolean outdated) {
        super(outdated ? "the file or the values changed since the dry run" : result.errorCount() + " rows have errors");
        this.result = result;
        this.outdated = outdated;
    }

    public ImportResult result() {
        return result;
    }

    public boolean outdated() {
        return outdated;
    }
}
