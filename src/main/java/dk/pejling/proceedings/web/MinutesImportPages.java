package dk.pejling.proceedings.web;

import dk.pejling.proceedings.MinutesImport;
import dk.pejling.proceedings.MinutesImportService;
import dk.pejling.proceedings.MinutesReviewPage;
import dk.pejling.proceedings.ProceedingsReadModels;
import dk.pejling.proceedings.ProceedingsPermissions;
import dk.pejling.proceedings.Recorded;
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
 * review what was read and what was not recognised, then save it. Each page is read in one call of
 * {@link ProceedingsReadModels}; the model's other attributes are what the person typed and its errors.
 */
@Controller
class MinutesImportPages {

    private final MinutesImportService imports;
    private final ProceedingsReadModels readModels;
    private final FieldErrorMessages fieldErrors;
    private final ProceedingsPermissions permissions;

    MinutesImportPages(MinutesImportService imports, ProceedingsReadModels readModels, FieldErrorMessages fieldErrors,
                       ProceedingsPermissions permissions) {
        this.permissions = permissions;
        this.imports = imports;
        this.readModels = readModels;
        this.fieldErrors = fieldErrors;
    }

    @GetMapping("/referater/import")
    String form(Viewer viewer, Model model) {
        permissions.requireKeepProceedings(viewer);
        model.addAttribute("errors", Map.of());
        return "proceedings/import";
    }

    @PostMapping("/referater/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Viewer viewer, Model model,
                  Locale locale, HttpServletResponse response) {
        permissions.requireKeepProceedings(viewer);
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
        MinutesReviewPage page = readModels.minutesReview(id, viewer);
        MinutesImportService.Draft draft = page.draft();
        if (draft.state() == MinutesImport.State.CONFIRMED && draft.meetingId() != null) {
            return "redirect:/moeder/" + draft.meetingId();
        }
        model.addAttribute("page", page);
        model.addAttribute("errors", draft.error() == null ? Map.of()
                : fieldErrors.localise(Map.of("file", draft.error()), locale));
        return "proceedings/review";
    }

    /** Date, committee and body (municipality) as the person sets them. */
    @PostMapping("/referater/import/{id}/moede")
    String setMeeting(@PathVariable UUID id, @RequestParam(required = false) Long version,
                      @RequestParam(required = false) String date, @RequestParam(required = false) String committee,
                      @RequestParam(required = false) String body, Viewer viewer, Model model, Locale locale,
                      HttpServletResponse response) {
        imports.get(id, viewer);
        try {
            imports.setMeeting(id, version, date(date), committee, uuid(body, "body"), viewer);
            return "redirect:/referater/import/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", readModels.minutesReview(id, viewer));
            model.addAttribute("errors", fieldErrors.localise(e.fieldErrors(), locale));
            model.addAttribute("committee", committee);
            model.addAttribute("date", date);
            return "proceedings/review";
        }
    }

    /** One item of the preview: correct it, join it with the next, or split it. */
    @GetMapping("/referater/import/{id}/punkt")
    String item(@PathVariable UUID id, @RequestParam(name = "nummer", required = false) String number, Viewer viewer,
                Model model, Locale locale, HttpServletResponse response) {
        MinutesReviewPage page = readModels.minutesReview(id, number, viewer);
        model.addAttribute("page", page);
        if (page.item() == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", fieldErrors.localise(Map.of("number", "no item has this number"), locale));
            return "proceedings/review";
        }
        return itemPage(Map.of(), Map.of(), model);
    }

    private static String itemPage(Map<String, String> errors, Map<String, String> entered, Model model) {
        model.addAttribute("errors", errors);
        model.addAttribute("entered", entered);
        return "proceedings/review-item";
    }

    @PostMapping("/referater/import/{id}/punkt")
    String setItem(@PathVariable UUID id, @RequestParam(required = false) Long version,
                   @RequestParam(name = "nummer", required = false) String number,
                   @RequestParam(required = false) String title, @RequestParam(required = false) String caseNumber,
                   @RequestParam(required = false) String decision, @RequestParam(required = false) String closed,
                   Viewer viewer, Model model, Locale locale, HttpServletResponse response) {
        imports.get(id, viewer);
        return itemChange(id, number, viewer, model, locale, response,
                Map.of("title", nullToEmpty(title), "caseNumber", nullToEmpty(caseNumber), "decision", nullToEmpty(decision)),
                () -> imports.setItem(id, version, number, title, caseNumber, decision, closed != null, viewer));
    }

    @PostMapping("/referater/import/{id}/saml")
    String merge(@PathVariable UUID id, @RequestParam(required = false) Long version,
                 @RequestParam(name = "nummer", required = false) String number, Viewer viewer, Model model, Locale locale,
                 HttpServletResponse response) {
        imports.get(id, viewer);
        return itemChange(id, number, viewer, model, locale, response, Map.of(),
                () -> imports.merge(id, version, number, viewer));
    }

    @PostMapping("/referater/import/{id}/del")
    String split(@PathVariable UUID id, @RequestParam(required = false) Long version,
                 @RequestParam(name = "nummer", required = false) String number,
                 @RequestParam(required = false) String newNumber, @RequestParam(required = false) String newTitle,
                 Viewer viewer, Model model, Locale locale, HttpServletResponse response) {
        imports.get(id, viewer);
        return itemChange(id, number, viewer, model, locale, response,
                Map.of("newNumber", nullToEmpty(newNumber), "newTitle", nullToEmpty(newTitle)),
                () -> imports.split(id, version, number, newNumber, newTitle, viewer));
    }

    private String itemChange(UUID id, String number, Viewer viewer, Model model, Locale locale, HttpServletResponse response,
                              Map<String, String> entered, Runnable change) {
        try {
            change.run();
            return "redirect:/referater/import/" + id + (number == null ? "" : "#punkt-" + number);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            MinutesReviewPage page = readModels.minutesReview(id, number, viewer);
            Map<String, String> errors = fieldErrors.localise(e.fieldErrors(), locale);
            model.addAttribute("page", page);
            if (page.item() == null) {
                model.addAttribute("errors", errors);
                return "proceedings/review";
            }
            return itemPage(errors, entered, model);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static java.time.LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("date", "is not a date");
        }
    }

    private static UUID uuid(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "has an invalid value");
        }
    }

    /** The progress fragment htmx polls while the document is read; once read, it tells the browser to show the review. */
    @GetMapping("/referater/import/{id}/status")
    String status(@PathVariable UUID id, Viewer viewer, Model model, HttpServletResponse response) {
        MinutesReviewPage page = readModels.minutesReview(id, viewer);
        if (page.progress().state() != MinutesImport.State.READING) {
            response.setHeader("HX-Redirect", "/referater/import/" + id);
        }
        model.addAttribute("page", page);
        return "proceedings/review :: progress";
    }

    @PostMapping("/referater/import/{id}/bekraeft")
    String confirm(@PathVariable UUID id, @RequestParam(required = false) Long version,
                   @RequestParam(required = false) String committee, Viewer viewer, Model model,
                   Locale locale, HttpServletResponse response) {
        try {
            Recorded recorded = imports.confirm(id, version, committee, null, null, Map.of(), viewer);
            return "redirect:/moeder/" + recorded.meeting().id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", readModels.minutesReview(id, viewer));
            model.addAttribute("errors", fieldErrors.localise(e.fieldErrors(), locale));
            model.addAttribute("committee", committee);
            return "proceedings/review";
        }
    }
}
