package dk.pejling.indicator.file;

import dk.pejling.shared.tabular.RejectedImportException;

/** A measurement import that was not applied; outdated when the file or the values it changes differ from the dry run's. */
public class ImportRejectedException extends RejectedImportException {

    private final transient ImportResult result;

    ImportRejectedException(ImportResult result, boolean outdated) {
        super(result.errorCount(), outdated, "the file or the values changed since the dry run");
        this.result = result;
    }

    public ImportResult result() {
        return result;
    }
}
