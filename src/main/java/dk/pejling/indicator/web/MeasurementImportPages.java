package dk.pejling.indicator.web;

import dk.pejling.indicator.IndicatorPermissions;
import dk.pejling.shared.tabular.ImportFile;
import dk.pejling.shared.tabular.ImportFileException;
import dk.pejling.shared.tabular.ImportProblem;
import dk.pejling.shared.tabular.FileFormat;
import dk.pejling.shared.web.Downloads;
import dk.pejling.shared.tabular.FileDialect;
import dk.pejling.indicator.file.ImportChange;
import dk.pejling.indicator.file.ImportRejectedException;
import dk.pejling.indicator.file.ImportResult;
import dk.pejling.indicator.IndicatorId;
import dk.pejling.indicator.file.MeasurementExport;
import dk.pejling.indicator.file.MeasurementImport;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.web.FieldErrorMessages;
import dk.pejling.shared.web.ImportMessages;
import dk.pejling.strategy.StrategyId;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page: upload a file, see the dry run (what would change, and every row error), then
 * confirm. The confirmation posts the same file again with the dry run's fingerprint, and the
 * server reads and checks it anew; it applies only when file and values are unchanged, so nothing
 * the browser holds is trusted. With htmx the answer replaces only the result below the form, and
 * the upload shows its progress. Templates and export are downloads in the signed-in session, so
 * an editor's export includes internal indicators.
 */
@Controller
class MeasurementImportPages {

    /** At most this many changes are listed on the page; the counts cover all. */
    static final int SHOWN_CHANGES = 500;

    private final MeasurementImport imports;
    private final MeasurementExport export;
    private final ImportMessages importMessages;
    private final FieldErrorMessages fieldErrors;
    private final Clock clock;
    private final IndicatorPermissions permissions;

    MeasurementImportPages(MeasurementImport imports, MeasurementExport export, ImportMessages importMessages,
                           FieldErrorMessages fieldErrors, Clock clock, IndicatorPermissions permissions) {
        this.permissions = permissions;
        this.imports = imports;
        this.export = export;
        this.importMessages = importMessages;
        this.fieldErrors = fieldErrors;
        this.clock = clock;
    }

    /** A row error in the page's language. */
    record ErrorLine(int row, String column, String message) {
    }

    /** A change with its numbers written as the page's language writes them. */
    record ChangeLine(int row, String indicator, String indicatorName, String period, String step,
                      ImportChange.Action action, String oldValue, String newValue, String changedColumns) {
    }

    @GetMapping("/maalinger/import")
    String page(Viewer viewer, Model model) {
        return show(imports.uploadLimit(viewer), null, Map.of(), false, false, model, Locale.ROOT);
    }

    @PostMapping("/maalinger/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(required = false) String fingerprint,
                  @RequestHeader(name = "HX-Request", required = false) String htmx,
                  Viewer viewer, Model model, Locale locale, HttpServletResponse response) {
        permissions.requireImportMeasurements(viewer);
        ImportFile upload = file == null ? null : new ImportFile(file.getOriginalFilename(), file.getSize(), file);
        ImportResult result = null;
        Map<String, String> errors = Map.of();
        boolean outdated = false;
        try {
            result = fingerprint == null || fingerprint.isBlank() ? imports.check(upload, viewer)
                    : imports.apply(upload, fingerprint, viewer);
            if (result.hasErrors()) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
        } catch (ImportRejectedException e) {
            result = e.result();
            outdated = e.outdated();
            response.setStatus(outdated ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
        } catch (ImportFileException e) {
            errors = Map.of("file", importMessages.problem(e.problem(), e.args(), locale));
            response.setStatus(e.problem() == ImportProblem.FILE_TOO_LARGE ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                    : HttpServletResponse.SC_BAD_REQUEST);
        } catch (InvalidInputException e) {
            errors = fieldErrors.localise(e.fieldErrors(), locale);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        boolean partial = "true".equals(htmx);
        show(imports.maxBytes(), result, errors, outdated, partial, model, locale);
        return partial ? "indicator/import :: result" : "indicator/import";
    }

    @GetMapping("/maalinger/eksport")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format,
                                  @RequestParam(required = false) UUID strategy,
                                  @RequestParam(required = false) UUID indicator, Viewer viewer, Locale locale) {
        FileFormat f = FileFormat.of(format);
        FileDialect dialect = FileDialect.of(locale);
        MeasurementExport.Filter filter = new MeasurementExport.Filter(strategy == null ? null : new StrategyId(strategy),
                indicator == null ? null : new IndicatorId(indicator));
        String name = (dialect == FileDialect.ENGLISH ? "measurements-" : "maalinger-") + LocalDate.now(clock);
        return Downloads.file(export.export(f, dialect, filter, viewer), f, name);
    }

    @GetMapping("/maalinger/skabelon")
    ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format, Locale locale) {
        FileFormat f = FileFormat.of(format);
        FileDialect dialect = FileDialect.of(locale);
        return Downloads.file(export.template(f, dialect), f,
                dialect == FileDialect.ENGLISH ? "measurements-template" : "maalinger-skabelon");
    }

    private String show(long maxBytes, ImportResult result, Map<String, String> errors, boolean outdated, boolean partial, Model model,
                        Locale locale) {
        model.addAttribute("result", result);
        model.addAttribute("errors", errors);
        model.addAttribute("outdated", outdated);
        model.addAttribute("htmx", partial);
        model.addAttribute("maxBytes", maxBytes);
        model.addAttribute("maxMegabytes", maxBytes / (1024 * 1024));
        model.addAttribute("rowErrors", result == null ? List.of()
                : result.errors().stream().map(e -> new ErrorLine(e.row(), e.column(), importMessages.rowError(e, locale))).toList());
        model.addAttribute("added", result == null ? 0 : result.count(ImportChange.Action.NEW));
        model.addAttribute("corrected", result == null ? 0 : result.count(ImportChange.Action.CORRECTION));
        model.addAttribute("unchanged", result == null ? 0 : result.count(ImportChange.Action.UNCHANGED));
        model.addAttribute("changes", result == null ? List.of()
                : result.changes().stream().limit(SHOWN_CHANGES).map(c -> line(c, locale)).toList());
        return "indicator/import";
    }

    private static ChangeLine line(ImportChange c, Locale locale) {
        return new ChangeLine(c.row(), c.indicator(), c.indicatorName(), c.period().value(), c.step(), c.action(),
                number(c.oldValue(), locale), number(c.newValue(), locale), String.join(", ", c.changedColumns()));
    }

    private static String number(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        Locale numbers = "en".equals(locale.getLanguage()) ? Locale.UK : Locale.forLanguageTag("da-DK");
        DecimalFormat format = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(numbers));
        return format.format(value);
    }

}
