package dk.pejling.audit.web;

import dk.pejling.audit.AuditEntry;
import dk.pejling.audit.AuditFilter;
import dk.pejling.audit.AuditLog;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.ListPage;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.web.FieldErrorMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrators' page of the audit log: filters, a page of entries, and the same as CSV. */
@Controller
class AuditPages {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Copenhagen"));

    private final AuditLog audit;
    private final FieldErrorMessages errorMessages;

    AuditPages(AuditLog audit, FieldErrorMessages errorMessages) {
        this.audit = audit;
        this.errorMessages = errorMessages;
    }

    /** An entry as the table shows it. */
    record Row(String time, String actor, String token, String ip, String action, String recordType, String recordId,
               String before, String after) {
        /** The record's title or name from its snapshot, so the log says which strategy, not only its id. */
        public String label() {
            return dk.pejling.audit.AuditLabel.of(after, before);
        }

        static Row of(AuditEntry e) {
            return new Row(TIME.format(e.occurredAt()), e.actorName(), e.actorToken(), e.ipAddress(), e.action().name(),
                    e.recordType(), e.recordId(), e.before(), e.after());
        }
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(required = false) String user, @RequestParam(required = false) String record,
                @RequestParam(required = false) String person, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
                Viewer viewer, Locale locale, Model model, HttpServletResponse response) {
        model.addAttribute("user", user);
        model.addAttribute("record", record);
        model.addAttribute("person", person);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("page", page);
        ListPage<AuditEntry> entries = new ListPage<>(List.of(), 0);
        Map<String, String> errors = Map.of();
        try {
            entries = audit.search(new AuditFilter.Input(user, record, person, from, to),
                    new PageQuery(null, Math.max(page, 0), PAGE_SIZE), viewer); // refuses who may not read the log first
        } catch (InvalidInputException e) {
            errors = errorMessages.localise(e.fieldErrors(), locale);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("errors", errors);
        model.addAttribute("rows", entries.items().stream().map(Row::of).toList());
        model.addAttribute("total", entries.total());
        model.addAttribute("atLeast", entries.total() >= AuditLog.COUNT_CAP);
        model.addAttribute("pages", (entries.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return "admin/audit";
    }

    @GetMapping("/admin/audit/export")
    void export(@RequestParam(required = false) String user, @RequestParam(required = false) String record,
                @RequestParam(required = false) String person, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, Viewer viewer, HttpServletResponse response)
            throws IOException {
        audit.exportCsv(new AuditFilter.Input(user, record, person, from, to), viewer, () -> {
            // the download's headers only once the export is allowed and its filters read
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("audit.csv").build().toString());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            return new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        });
    }
}
