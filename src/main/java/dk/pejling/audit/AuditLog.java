package dk.pejling.audit;

import dk.pejling.audit.store.AuditStore;
import dk.pejling.shared.AdministratorsOnly;
import dk.pejling.shared.AuditAction;
import dk.pejling.shared.ListPage;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Viewer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit log: administrators only, and an export of it is itself logged. */
@Service
public class AuditLog {

    /** Totals stop counting here; a total of exactly this many means "this many or more". */
    public static final int COUNT_CAP = 10_000;

    static final String[] CSV_HEADER = {"id", "occurred_at", "actor_id", "actor_name", "actor_token", "ip_address",
        "action", "record_type", "record_id", "before", "after"};

    private final AuditStore store;
    private final AuditRecorder recorder;

    AuditLog(AuditStore store, AuditRecorder recorder) {
        this.store = store;
        this.recorder = recorder;
    }

    /** One page, newest first; the total is counted up to {@link #COUNT_CAP}. */
    @Transactional(readOnly = true)
    public ListPage<AuditEntry> search(AuditFilter filter, PageQuery page, Viewer viewer) {
        requireAdmin(viewer);
        return new ListPage<>(store.search(filter, page), store.count(filter, COUNT_CAP));
    }

    /**
     * One page of the request's filters, newest first. Who may not read the log is refused before the filters
     * are read, so their errors tell no one else anything.
     */
    @Transactional(readOnly = true)
    public ListPage<AuditEntry> search(AuditFilter.Input input, PageQuery page, Viewer viewer) {
        requireAdmin(viewer);
        return search(input.parse(), page, viewer);
    }

    /** Where an export goes, opened only once the export is allowed and its filters read (a download's headers, say). */
    @FunctionalInterface
    public interface CsvTarget {
        Writer open() throws IOException;
    }

    /**
     * Writes every match of the request's filters as CSV: who may not read the log is refused, and bad filters
     * are answered, before the target is opened.
     */
    @Transactional(readOnly = true)
    public void exportCsv(AuditFilter.Input input, Viewer viewer, CsvTarget target) throws IOException {
        requireAdmin(viewer);
        AuditFilter filter = input.parse();
        Writer out = target.open();
        exportCsv(filter, viewer, out);
        out.flush();
    }

    /** Writes every match as CSV, newest first, and logs the export with its filters. */
    @Transactional(readOnly = true)
    public void exportCsv(AuditFilter filter, Viewer viewer, Writer out) {
        requireAdmin(viewer);
        recorder.record(AuditAction.EXPORT, "audit_entry", null, null, AuditJson.tree(parameters(filter)));
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get());
            store.forEach(filter, e -> {
                try {
                    // Every value typed by someone (a user name at the login, a title in "before"/"after") is neutralised.
                    csv.printRecord(java.util.stream.Stream.of(e.id(), e.occurredAt(), e.actorId(), e.actorName(),
                            e.actorToken(), e.ipAddress(), e.action(), e.recordType(), e.recordId(), e.before(), e.after())
                            .map(dk.pejling.shared.SpreadsheetCells::cell).toArray());
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Anonymous callers are asked to sign in (401, or the login page); signed-in non-administrators get 403. */
    public static void requireAdmin(Viewer viewer) {
        if (viewer.isAnonymous()) {
            throw new AuthenticationCredentialsNotFoundException("sign in to read the audit log");
        }
        AdministratorsOnly.require(viewer);
    }

    private static Map<String, Object> parameters(AuditFilter f) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("format", "csv");
        p.put("user", f.user());
        p.put("record", f.recordType() == null ? f.recordId() : f.recordType() + ":" + f.recordId());
        p.put("person", f.person());
        p.put("from", f.from());
        p.put("to", f.to());
        p.values().removeIf(java.util.Objects::isNull);
        return p;
    }
}
