package dk.pejling.archive.web;

import dk.pejling.archive.ArchiveReadModels;
import dk.pejling.archive.ArchiveScope;
import dk.pejling.archive.ArchiveService;
import dk.pejling.archive.ArchiveUpload;
import dk.pejling.archive.BackupStatus;
import dk.pejling.archive.Problem;
import dk.pejling.archive.RestoreReport;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.web.FieldErrorMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/** The administrators' archive page: download a backup, check and restore one, see backups and drills. */
@Controller
class ArchivePages {

    private final ArchiveService archives;
    private final dk.pejling.archive.Backups jobs;
    private final BackupStatus backups;
    private final ArchiveReadModels readModels;
    private final FieldErrorMessages errorMessages;
    private final MessageSource messages;
    private final DataSize maxUploadBytes;

    ArchivePages(ArchiveService archives, dk.pejling.archive.Backups jobs, BackupStatus backups,
                 ArchiveReadModels readModels, FieldErrorMessages errorMessages, MessageSource messages,
                 @Value("${pejling.archive.max-upload-bytes:10GB}") DataSize maxUploadBytes) {
        this.maxUploadBytes = maxUploadBytes;
        this.archives = archives;
        this.jobs = jobs;
        this.backups = backups;
        this.readModels = readModels;
        this.errorMessages = errorMessages;
        this.messages = messages;
    }

    /** A problem as the page lists it, in the user's language. */
    record ProblemLine(String text, String where, String detail) {
    }

    @GetMapping("/admin/arkiv")
    String page(Viewer viewer, Model model) {
        return show(readModels.adminPage(viewer), model, Map.of(), null, List.of());
    }

    @PostMapping("/admin/arkiv/eksport")
    void export(@RequestParam(defaultValue = "false") boolean audit, Viewer viewer, HttpServletResponse response)
            throws IOException {
        ArchiveService.requireAdmin(viewer);
        Instant at = archives.now();
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(archives.fileName(ArchiveScope.ALL, at)).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        archives.export(ArchiveScope.ALL, null, audit, at, viewer, response.getOutputStream());
        response.flushBuffer();
    }

    /** Without script: the file as a multipart field, up to the servlet's multipart limit (20 MB). */
    @PostMapping("/admin/arkiv/gendan")
    String restore(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
                   Viewer viewer, Locale locale, Model model, HttpServletResponse response) throws IOException {
        ArchiveService.requireAdmin(viewer);
        return restore(() -> ArchiveUpload.of(file), dryRun, viewer, locale, model, response);
    }

    /**
     * With script (archive-restore.js): the page posts the chosen file as the request body itself, streamed
     * to a temporary file, so a backup of any size up to {@code pejling.archive.max-upload-bytes} can be
     * restored from the page, not only those under the multipart limit.
     */
    @PostMapping(path = "/admin/arkiv/gendan", consumes = {"application/zip", "application/octet-stream"})
    String restoreBody(@RequestParam(defaultValue = "false") boolean dryRun, Viewer viewer, Locale locale, Model model,
                       HttpServletRequest request, HttpServletResponse response) throws IOException {
        ArchiveService.requireAdmin(viewer);
        return restore(() -> ArchiveUpload.of(request.getInputStream(), maxUploadBytes.toBytes()), dryRun, viewer, locale,
                model, response);
    }

    @FunctionalInterface
    private interface Upload {
        ArchiveUpload open() throws IOException;
    }

    private String restore(Upload received, boolean dryRun, Viewer viewer, Locale locale, Model model,
                           HttpServletResponse response) throws IOException {
        RestoreReport report;
        try (ArchiveUpload upload = received.open()) {
            report = archives.restore(upload, dryRun, viewer);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(readModels.adminPage(viewer), model, errorMessages.localise(e.fieldErrors(), locale), null, List.of());
        }
        if (!report.ok()) {
            response.setStatus(report.conflict() ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
        }
        List<ProblemLine> lines = report.problems().stream().map(p -> line(p, locale)).toList();
        return show(readModels.adminPage(viewer), model, Map.of(), report, lines);
    }

    /** Post/Redirect/Get: the page shows the new backup in its status. */
    @PostMapping("/admin/arkiv/backup")
    String backup(Viewer viewer, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) throws IOException {
        ArchiveService.requireAdmin(viewer);
        if (backups.status().enabled()) {
            jobs.backup(viewer);
            redirect.addFlashAttribute("message", "archive.backup.done");
        }
        return "redirect:/admin/arkiv";
    }

    @PostMapping("/admin/arkiv/oevelse")
    String drill(Viewer viewer, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        ArchiveService.requireAdmin(viewer);
        if (backups.status().enabled()) {
            redirect.addFlashAttribute("message", jobs.drill(viewer).ok() ? "archive.drill.done" : "archive.drill.failed");
        }
        return "redirect:/admin/arkiv";
    }

    private ProblemLine line(Problem p, Locale locale) {
        return new ProblemLine(messages.getMessage("archive.problem." + p.code(), null, p.text(), locale), p.where(), p.detail());
    }

    private String show(BackupStatus.Status status, Model model, Map<String, String> errors, RestoreReport report,
                        List<ProblemLine> problems) {
        model.addAttribute("errors", errors);
        model.addAttribute("report", report);
        model.addAttribute("problems", problems);
        model.addAttribute("status", status);
        return "archive/admin";
    }
}
