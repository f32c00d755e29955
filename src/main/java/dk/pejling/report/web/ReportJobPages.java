package dk.pejling.report.web;

import dk.pejling.report.api.ReportAudit;
import dk.pejling.report.job.ReportJob;
import dk.pejling.report.job.ReportJobRequest;
import dk.pejling.report.job.ReportJobs;
import dk.pejling.shared.Viewer;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The background generation on the report pages, progressive enhancement: with htmx the button
 * swaps in a fragment that polls the job every second and shows a DKFDS spinner and the steps done,
 * then the download link; without JavaScript the same form leads to a page for the job that the user
 * reloads (and the plain download links above it work as before). The pages use the session, which the
 * stateless API chain does not honour, so the file is served here too.
 */
@Controller
class ReportJobPages {

    private final ReportJobs jobs;
    private final ApplicationEventPublisher events;

    ReportJobPages(ReportJobs jobs, ApplicationEventPublisher events) {
        this.jobs = jobs;
        this.events = events;
    }

    @PostMapping("/rapporter/jobs")
    String start(@RequestParam String kind, @RequestParam UUID strategy, @RequestParam(required = false) UUID round,
                 @RequestParam(required = false) Integer year, @RequestParam(required = false) String format,
                 @RequestParam(required = false) String asOf,
                 @RequestHeader(name = "HX-Request", required = false) String htmx,
                 Viewer viewer, Locale locale, Model model, HttpServletResponse response) {
        ReportJob job;
        try {
            job = jobs.start(ReportJobRequest.of(kind, strategy, round, year, format, asOf, locale), viewer);
        } catch (ReportJobs.JobsBusyException e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ReportJobs.JobsBusyException.RETRY_AFTER_SECONDS));
            model.addAttribute("busy", true);
            return "true".equals(htmx) ? "report/job :: status" : "report/job-page";
        }
        if ("true".equals(htmx)) {
            model.addAttribute("job", job);
            return "report/job :: status";
        }
        return "redirect:/rapporter/jobs/" + job.id();
    }

    @GetMapping("/rapporter/jobs/{job}")
    String show(@PathVariable UUID job, @RequestHeader(name = "HX-Request", required = false) String htmx,
                Viewer viewer, Model model) {
        model.addAttribute("job", jobs.get(job, viewer));
        return "true".equals(htmx) ? "report/job :: status" : "report/job-page";
    }

    @GetMapping("/rapporter/jobs/{job}/fil")
    ResponseEntity<byte[]> file(@PathVariable UUID job, Viewer viewer) {
        ReportJobs.Download download = jobs.download(job, viewer);
        ReportJob j = download.job();
        byte[] body = download.body();
        if (body == null) {
            return ResponseEntity.status(HttpStatus.CONFLICT).build();
        }
        ReportAudit.downloaded(events, j);
        boolean inline = j.format() == dk.pejling.report.ReportFormat.HTML || j.format() == dk.pejling.report.ReportFormat.PDF;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(j.format().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(j.fileName()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(body);
    }
}
