package dk.pejling.register;

import dk.pejling.shared.tabular.RejectedImportException;

/** A register import that was not applied; outdated when the file differs from the one checked in the dry run. */
public class RegisterImportRejectedException extends RejectedImportException {

    private final transient RegisterImportResult result;

    RegisterImportRejectedException(RegisterImportResult result, boolean outdated) {
        super(result.errorCount(), outdated, "the file differs from the one checked in the dry run");
        this.result = result;
    }

    public RegisterImportResult result() {
        return result;
    }
}
