package dk.pejling.report.api;

import dk.pejling.report.job.ReportJob;
import dk.pejling.report.job.ReportJobRequest;
import dk.pejling.report.job.ReportJobs;
import dk.pejling.shared.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports generated in the background: start a job, follow its progress, fetch the file. For large
 * reports; the GET endpoints of {@link ReportController} still answer small ones at once.
 */
@RestController
@Tag(name = "Reports", description = "The status report of a round and the annual report of a strategy, generated from the data")
class ReportJobController {

    private final ReportJobs jobs;
    private final ApplicationEventPublisher events;

    ReportJobController(ReportJobs jobs, ApplicationEventPublisher events) {
        this.jobs = jobs;
        this.events = events;
    }

    @PostMapping("/api/v1/reports/jobs")
    @Operation(summary = "Start generating a report (kind=status with round, or kind=annual with year; format, asOf as the "
            + "GET endpoints take them): 202 with the job's address, 503 with Retry-After when the queue is full")
    ResponseEntity<Map<String, Object>> start(@RequestParam String kind, @RequestParam UUID strategy,
                                              @RequestParam(required = false) UUID round,
                                              @RequestParam(required = false) Integer year,
                                              @RequestParam(required = false) String format,
                                              @RequestParam(required = false) String asOf, Viewer viewer, Locale locale) {
        ReportJob job = jobs.start(ReportJobRequest.of(kind, strategy, round, year, format, asOf, locale), viewer);
        return ResponseEntity.accepted().location(URI.create("/api/v1/reports/jobs/" + job.id())).body(json(job));
    }

    @GetMapping("/api/v1/reports/jobs/{job}")
    @Operation(summary = "A report job's state (queued, running, done, failed), its progress and, when done, the file's address")
    Map<String, Object> show(@PathVariable UUID job, Viewer viewer) {
        return json(jobs.get(job, viewer));
    }

    @GetMapping("/api/v1/reports/jobs/{job}/file")
    @Operation(summary = "The finished report file; 409 while the job is not done")
    ResponseEntity<?> file(@PathVariable UUID job, Viewer viewer) {
        ReportJobs.Download download = jobs.download(job, viewer);
        ReportJob j = download.job();
        byte[] body = download.body();
        if (body == null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The report is not done yet: "
                    + j.state().name().toLowerCase(Locale.ROOT) + ".");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        ReportAudit.downloaded(events, j);
        String name = j.fileName().substring(0, j.fileName().lastIndexOf('.'));
        return ReportController.file(body, j.format(), name);
    }

    @ExceptionHandler(ReportJobs.JobsBusyException.class)
    ResponseEntity<ProblemDetail> busy(ReportJobs.JobsBusyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Service Unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(ReportJobs.JobsBusyException.RETRY_AFTER_SECONDS))
                .body(problem);
    }

    private static Map<String, Object> json(ReportJob job) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", job.id());
        m.put("kind", job.request().kindName());
        m.put("format", job.format().extension());
        m.put("state", job.state().name().toLowerCase(Locale.ROOT));
        Map<String, Object> progress = new LinkedHashMap<>();
        progress.put("done", job.step());
        progress.put("total", job.steps());
        progress.put("step", job.currentStep().name().toLowerCase(Locale.ROOT));
        progress.put("percent", job.percent());
        m.put("progress", progress);
        m.put("createdAt", job.createdAt());
        m.put("finishedAt", job.finishedAt());
        m.put("self", "/api/v1/reports/jobs/" + job.id());
        if (job.state() == ReportJob.State.DONE) {
            m.put("file", "/api/v1/reports/jobs/" + job.id() + "/file");
            m.put("fileName", job.fileName());
            m.put("size", job.size());
        }
        return m;
    }
}
