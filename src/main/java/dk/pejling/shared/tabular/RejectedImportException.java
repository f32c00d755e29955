package dk.pejling.shared.tabular;

/**
 * An import that was not applied, and nothing of it saved: the file has row errors, or (with
 * {@link #outdated()}) it differs from the dry run that was confirmed. Each import's exception adds its own
 * result, which the page and the API show row by row.
 */
public abstract class RejectedImportException extends RuntimeException {

    private final boolean outdated;

    /** @param outdatedWhy what differs from the dry run, said when {@code outdated} */
    protected RejectedImportException(int errorCount, boolean outdated, String outdatedWhy) {
        super(outdated ? outdatedWhy : errorCount + " rows have errors");
        this.outdated = outdated;
    }

    public boolean outdated() {
        return outdated;
    }
}
