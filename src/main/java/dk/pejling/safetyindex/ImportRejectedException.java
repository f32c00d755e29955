package dk.pejling.safetyindex;

/** An import with row errors: nothing was saved (HTTP 400 with the rows). */
public class ImportRejectedException extends RuntimeException {
    private final ImportReport report;

    public ImportRejectedException(ImportReport report) {
        super(report.errors().size() + " row error(s); nothing was imported");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
