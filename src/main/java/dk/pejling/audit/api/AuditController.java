package dk.pejling.audit.api;

import dk.pejling.audit.AuditEntry;
import dk.pejling.audit.AuditFilter;
import dk.pejling.audit.AuditLog;
import dk.pejling.shared.ListPage;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit", description = "The append-only audit log; administrators only")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping(value = "/api/v1/audit", params = "!format")
    @Operation(summary = "Search the audit log, newest first; the total is counted up to 10,000 (10000 means 10,000 or more)")
    ListPage<AuditEntry> search(@Parameter(description = "a user id or user name") @RequestParam(required = false) String user,
                                @Parameter(description = "a record id, or type:id") @RequestParam(required = false) String record,
                                @Parameter(description = "text: a name in the user or in the before and after values")
                                @RequestParam(required = false) String person,
                                @Parameter(description = "a date or an instant") @RequestParam(required = false) String from,
                                @Parameter(description = "a date (inclusive) or an instant (exclusive)")
                                @RequestParam(required = false) String to,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "50") int size, Viewer viewer) {
        AuditLog.requireAdmin(viewer);
        return audit.search(AuditFilter.parse(user, record, person, from, to), new PageQuery(null, page, size), viewer);
    }

    @GetMapping(value = "/api/v1/audit", params = "format")
    @Operation(summary = "Export the matching entries (format=csv); the export is itself logged")
    void export(@RequestParam String format, @RequestParam(required = false) String user,
                @RequestParam(required = false) String record, @RequestParam(required = false) String person,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                Viewer viewer, HttpServletResponse response) throws IOException {
        AuditLog.requireAdmin(viewer);
        if (!"csv".equalsIgnoreCase(format.strip())) {
            throw new dk.pejling.shared.InvalidInputException("format", "must be csv");
        }
        AuditFilter filter = AuditFilter.parse(user, record, person, from, to);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("audit.csv").build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        audit.exportCsv(filter, viewer, out);
        out.flush();
    }
}
