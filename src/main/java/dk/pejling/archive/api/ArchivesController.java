package dk.pejling.archive.api;

import dk.pejling.archive.ArchiveScope;
import dk.pejling.archive.ArchiveService;
import dk.pejling.archive.ArchiveUpload;
import dk.pejling.archive.Problem;
import dk.pejling.archive.RestoreReport;
import dk.pejling.shared.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Backup archives for administrators: export as a streamed zip, restore into an empty installation. */
@RestController
@RequestMapping("/api/v1/admin/archives")
@Tag(name = "Archives", description = "Backup, restore and exit archives (administrators)")
class ArchivesController {

    private final ArchiveService archives;
    private final dk.pejling.archive.Backups backups;
    private final dk.pejling.archive.BackupStatus status;
    private final org.springframework.util.unit.DataSize maxUploadBytes;

    ArchivesController(ArchiveService archives, dk.pejling.archive.Backups backups, dk.pejling.archive.BackupStatus status,
                       @org.springframework.beans.factory.annotation.Value("${pejling.archive.max-upload-bytes:10GB}")
                       org.springframework.util.unit.DataSize maxUploadBytes) {
        this.maxUploadBytes = maxUploadBytes;
        this.archives = archives;
        this.backups = backups;
        this.status = status;
    }

    @org.springframework.web.bind.annotation.GetMapping("/status")
    @Operation(summary = "The last scheduled backup and the last restore drill; *Old is true when too old (red)")
    dk.pejling.archive.BackupStatus.Status status(Viewer viewer) {
        ArchiveService.requireAdmin(viewer);
        return status.status();
    }

    record BackupAnswer(String file) {
    }

    @PostMapping("/backups")
    @Operation(summary = "Write a backup into the backup directory now (409 when none is configured)")
    ResponseEntity<BackupAnswer> backup(Viewer viewer) throws IOException {
        ArchiveService.requireAdmin(viewer);
        if (!status.status().enabled()) {
            return ResponseEntity.status(HttpStatus.CONFLICT).build();
        }
        return ResponseEntity.ok(new BackupAnswer(backups.backup(viewer).getFileName().toString()));
    }

    @PostMapping("/drills")
    @Operation(summary = "Restore the newest backup into a scratch database now and compare counts and checksums")
    ResponseEntity<dk.pejling.archive.Backups.Drill> drill(Viewer viewer) {
        ArchiveService.requireAdmin(viewer);
        if (!status.status().enabled()) {
            return ResponseEntity.status(HttpStatus.CONFLICT).build();
        }
        dk.pejling.archive.Backups.Drill drill = backups.drill(viewer);
        return ResponseEntity.status(drill.ok() ? HttpStatus.OK : HttpStatus.CONFLICT).body(drill);
    }

    /** One problem, with its English text. */
    record ProblemAnswer(String code, String where, String detail, String message) {
        static ProblemAnswer of(Problem p) {
            return new ProblemAnswer(p.code(), p.where(), p.detail(), p.text());
        }
    }

    record RestoreAnswer(boolean dryRun, boolean restored, String schemaVersion, String scope, Map<String, Long> rows,
                         long files, boolean auditIncluded, boolean auditRenumbered, List<ProblemAnswer> problems) {
        static RestoreAnswer of(RestoreReport r) {
            return new RestoreAnswer(r.dryRun(), r.ok() && !r.dryRun(), r.archiveSchemaVersion(), r.scope(),
                    new java.util.TreeMap<>(r.rowCounts()), r.files(), r.auditIncluded(), r.auditRenumbered(),
                    r.problems().stream().map(ProblemAnswer::of).toList());
        }
    }

    @PostMapping(produces = {"application/zip", MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "Write an archive (zip) of scope all, organisation or public; streamed")
    void export(@RequestParam(defaultValue = "all") String scope, @RequestParam(required = false) UUID organisation,
                @RequestParam(defaultValue = "true") boolean audit, Viewer viewer, HttpServletResponse response)
            throws IOException {
        ArchiveService.requireAdmin(viewer);
        ArchiveScope parsed = ArchiveScope.parse(scope);
        Instant at = archives.now();
        archives.checkExport(parsed, organisation);
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(archives.fileName(parsed, at)).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        archives.export(parsed, organisation, audit, at, viewer, response.getOutputStream());
        response.flushBuffer();
    }

    /**
     * The archive as the request body, for archives over the servlet's multipart limit: the body is
     * streamed to a temporary file, up to {@code pejling.archive.max-upload-bytes}.
     */
    @PostMapping(path = "/restore", consumes = {"application/zip", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "The same restore with the zip as the request body (Content-Type application/zip), streamed to "
            + "a temporary file: for archives larger than the multipart limit; at most PEJLING_RESTORE_MAX_BYTES")
    ResponseEntity<RestoreAnswer> restoreBody(@RequestParam(defaultValue = "false") boolean dryRun, Viewer viewer,
                                              jakarta.servlet.http.HttpServletRequest request) throws IOException {
        ArchiveService.requireAdmin(viewer);
        try (ArchiveUpload upload = ArchiveUpload.of(request.getInputStream(), maxUploadBytes.toBytes())) {
            RestoreReport report = archives.restore(upload, dryRun, viewer);
            HttpStatus status = report.ok() ? HttpStatus.OK : report.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
            return ResponseEntity.status(status).body(RestoreAnswer.of(report));
        }
    }

    @PostMapping("/restore")
    @Operation(summary = "Check (dryRun=true) or restore an archive into an empty installation, all or nothing")
    ResponseEntity<RestoreAnswer> restore(@RequestParam(required = false) MultipartFile file,
                                          @RequestParam(defaultValue = "false") boolean dryRun, Viewer viewer)
            throws IOException {
        ArchiveService.requireAdmin(viewer);
        try (ArchiveUpload upload = ArchiveUpload.of(file)) {
            RestoreReport report = archives.restore(upload, dryRun, viewer);
            HttpStatus status = report.ok() ? HttpStatus.OK : report.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
            return ResponseEntity.status(status).body(RestoreAnswer.of(report));
        }
    }
}
