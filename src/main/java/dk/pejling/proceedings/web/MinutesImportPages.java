package dk.pejling.proceedings.web;

import dk.pejling.proceedings.MinutesImport;
import dk.pejling.proceedings.MinutesImportService;
import dk.pejling.proceedings.ProceedingsService;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.web.FieldErrorMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload a minutes document, watch it being read (htmx polls the progress; no script of our own),
 * review what was read and what was not recognised, then save it.
 */
@Controller
class MinutesImportPages {

    private final MinutesImportService imports;
    private final FieldErrorMessages fieldErrors;

    MinutesImportPages(MinutesImportService imports, FieldErrorMessages fieldErrors) {
        this.imports = imports;
        this.fieldErrors = fieldErrors;
    }

    @GetMapping("/referater/import")
    String form(Viewer viewer, Model model) {
        viewer.requireEditor();
        model.addAttribute("errors", Map.of());
        return "proceedings/import";
    }

    @PostMapping("/referater/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Viewer viewer, Model model,
                  Locale locale, HttpServletResponse response) {
        viewer.requireEditor();
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "choose a file to upload");
            }
            UUID id = imports.start(file.getBytes(), file.getOriginalFilename(), viewer);
            return "redirect:/referater/import/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", fieldErrors.localise(e.fieldErrors(), locale));
            return "proceedings/import";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/referater/import/{id}")
    String review(@PathVariable UUID id, Viewer viewer, Model model, Locale locale) {
        MinutesImportService.Draft draft = imports.get(id, viewer);
        if (draft.state() == MinutesImport.State.CONFIRMED && draft.meetingId() != null) {
            return "redirect:/moeder/" + draft.meetingId();
        }
        model.addAttribute("draft", draft);
        model.addAttribute("progress", imports.progress(id, viewer));
        model.addAttribute("errors", draft.error() == null ? Map.of()
                : fieldErrors.localise(Map.of("file", draft.error()), locale));
        return "proceedings/review";
    }

    /** The progress fragment htmx polls while the document is read; once read, it tells the browser to show the review. */
    @GetMapping("/referater/import/{id}/status")
    String status(@PathVariable UUID id, Viewer viewer, Model model, HttpServletResponse response) {
        MinutesImportService.Progress progress = imports.progress(id, viewer);
        if (progress.state() != MinutesImport.State.READING) {
            response.setHeader("HX-Redirect", "/referater/import/" + id);
        }
        model.addAttribute("draft", imports.get(id, viewer));
        model.addAttribute("progress", progress);
        return "proceedings/review :: progress";
    }

    @PostMapping("/referater/import/{id}/bekraeft")
    String confirm(@PathVariable UUID id, @RequestParam(required = false) String committee, Viewer viewer, Model model,
                   Locale locale, HttpServletResponse response) {
        try {
            ProceedingsService.Recorded recorded = imports.confirm(id, committee, null, Map.of(), viewer);
            return "redirect:/moeder/" + recorded.meeting().id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("draft", imports.get(id, viewer));
            model.addAttribute("progress", imports.progress(id, viewer));
            model.addAttribute("errors", fieldErrors.localise(e.fieldErrors(), locale));
            model.addAttribute("committee", committee);
            return "proceedings/review";
        }
    }
}
