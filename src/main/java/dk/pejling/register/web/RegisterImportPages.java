package dk.pejling.register.web;

import dk.pejling.register.RegisterChange;
import dk.pejling.register.RegisterImportRejectedException;
import dk.pejling.register.RegisterImportResult;
import dk.pejling.register.RegisterImports;
import dk.pejling.register.RegisterKind;
import dk.pejling.register.RegisterPermissions;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.tabular.FileDialect;
import dk.pejling.shared.tabular.FileFormat;
import dk.pejling.shared.web.Downloads;
import dk.pejling.shared.tabular.ImportFile;
import dk.pejling.shared.tabular.ImportFileException;
import dk.pejling.shared.web.FieldErrorMessages;
import dk.pejling.shared.web.ImportMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The register import page: choose what the file holds, upload it, see the dry run (what would be
 * created, and every row error), then confirm with the same file; the confirmation reads and checks
 * the file anew and imports only the file that was checked. Templates and exports per kind are
 * downloads in the signed-in session.
 */
@Controller
class RegisterImportPages {

    private final RegisterImports imports;
    private final ImportMessages importMessages;
    private final FieldErrorMessages fieldErrors;
    private final RegisterPermissions permissions;

    RegisterImportPages(RegisterImports imports, ImportMessages importMessages, FieldErrorMessages fieldErrors,
                        RegisterPermissions permissions) {
        this.permissions = permissions;
        this.imports = imports;
        this.importMessages = importMessages;
        this.fieldErrors = fieldErrors;
    }

    record ErrorLine(int row, String column, String message) {
    }

    @GetMapping("/register/import")
    String page(@RequestParam(defaultValue = "strategies") String kind, Viewer viewer, Model model) {
        return show(imports.uploadLimit(viewer), RegisterKind.of(kind), null, Map.of(), false, model, Locale.ROOT);
    }

    @PostMapping("/register/import")
    String upload(@RequestParam(defaultValue = "strategies") String kind,
                  @RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(required = false) String fingerprint,
                  Viewer viewer, Model model, Locale locale, HttpServletResponse response) {
        permissions.requireImport(viewer);
        RegisterKind k = RegisterKind.of(kind);
        ImportFile upload = file == null ? null : new ImportFile(file.getOriginalFilename(), file.getSize(), file);
        RegisterImportResult result = null;
        Map<String, String> errors = Map.of();
        boolean outdated = false;
        try {
            result = fingerprint == null || fingerprint.isBlank() ? imports.check(k, upload, viewer)
                    : imports.apply(k, upload, fingerprint, viewer);
            if (result.hasErrors()) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
        } catch (RegisterImportRejectedException e) {
            result = e.result();
            outdated = e.outdated();
            response.setStatus(outdated ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
        } catch (ImportFileException e) {
            errors = Map.of("file", importMessages.problem(e.problem(), e.args(), locale));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (InvalidInputException e) {
            errors = fieldErrors.localise(e.fieldErrors(), locale);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return show(imports.maxBytes(), k, result, errors, outdated, model, locale);
    }

    @GetMapping("/register/eksport")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "strategies") String kind,
                                  @RequestParam(defaultValue = "xlsx") String format, Viewer viewer, Locale locale) {
        RegisterKind k = RegisterKind.of(kind);
        FileFormat f = FileFormat.of(format);
        FileDialect dialect = FileDialect.of(locale);
        return Downloads.file(imports.export(k, f, dialect, null, viewer), f, k.fileName(dialect == FileDialect.ENGLISH));
    }

    @GetMapping("/register/skabelon")
    ResponseEntity<byte[]> template(@RequestParam(defaultValue = "strategies") String kind,
                                    @RequestParam(defaultValue = "xlsx") String format, Locale locale) {
        RegisterKind k = RegisterKind.of(kind);
        FileFormat f = FileFormat.of(format);
        FileDialect dialect = FileDialect.of(locale);
        return Downloads.file(imports.template(k, f, dialect), f,
                k.fileName(dialect == FileDialect.ENGLISH) + (dialect == FileDialect.ENGLISH ? "-template" : "-skabelon"));
    }

    private String show(long maxBytes, RegisterKind kind, RegisterImportResult result, Map<String, String> errors, boolean outdated,
                        Model model, Locale locale) {
        model.addAttribute("kind", kind.parameter());
        model.addAttribute("kinds", List.of(RegisterKind.values()));
        model.addAttribute("result", result);
        model.addAttribute("errors", errors);
        model.addAttribute("outdated", outdated);
        model.addAttribute("maxMegabytes", maxBytes / (1024 * 1024));
        model.addAttribute("rowErrors", result == null ? List.of()
                : result.errors().stream().map(e -> new ErrorLine(e.row(), e.column(), importMessages.rowError(e, locale))).toList());
        model.addAttribute("added", result == null ? 0 : result.count(RegisterChange.Action.NEW));
        model.addAttribute("unchanged", result == null ? 0 : result.count(RegisterChange.Action.UNCHANGED));
        return "register/import";
    }

}
