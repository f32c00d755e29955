package dk.pejling.register.api;

import dk.pejling.register.RegisterChange;
import dk.pejling.register.RegisterImportRejectedException;
import dk.pejling.register.RegisterImportResult;
import dk.pejling.register.RegisterImports;
import dk.pejling.register.RegisterKind;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.tabular.FileDialect;
import dk.pejling.shared.tabular.FileFormat;
import dk.pejling.shared.web.Downloads;
import dk.pejling.shared.web.RejectedImportProblem;
import dk.pejling.shared.tabular.ImportFile;
import dk.pejling.shared.tabular.RowError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/register-imports")
@Tag(name = "Register import", description = "Bulk import and export of strategies, goals, indicators and initiatives as CSV and XLSX")
class RegisterImportController {

    private final RegisterImports imports;

    RegisterImportController(RegisterImports imports) {
        this.imports = imports;
    }

    record ChangeDto(int row, String key, String title, RegisterChange.Action action) {
    }

    /** A row error: the row as a spreadsheet numbers it (the header is row 1), the column as the file names it. */
    record ErrorDto(int row, String column, String code, String message) {
        static ErrorDto of(RowError e) {
            return new ErrorDto(e.row(), e.column(), e.problem().name(), e.message());
        }
    }

    record SummaryDto(long added, long unchanged) {
    }

    record ResultDto(String kind, String file, String format, String encoding, int rows, int emptyRows, SummaryDto summary,
                     List<ChangeDto> changes, List<ErrorDto> errors, int errorCount, boolean applied, String fingerprint) {
        static ResultDto of(RegisterImportResult r) {
            return new ResultDto(r.kind().parameter(), r.fileName(), r.format(), r.encoding(), r.rows(), r.emptyRows(),
                    new SummaryDto(r.count(RegisterChange.Action.NEW), r.count(RegisterChange.Action.UNCHANGED)),
                    r.changes().stream().map(c -> new ChangeDto(c.row(), c.key(), c.title(), c.action())).toList(),
                    r.errors().stream().map(ErrorDto::of).toList(), r.errorCount(), r.applied(), r.fingerprint());
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import strategies, goals, indicators or initiatives from a CSV or XLSX file (editors; each row "
            + "under the rules of the module that owns it). dryRun=true answers what would be created and every row error and "
            + "writes nothing; otherwise every row is created in one transaction, or nothing and 400 with the row errors.")
    ResponseEntity<?> importFile(@RequestParam(name = "file", required = false) MultipartFile file,
                                 @Parameter(description = "strategies, goals, indicators or initiatives") @RequestParam(required = false) String kind,
                                 @Parameter(description = "only check the file") @RequestParam(defaultValue = "false") boolean dryRun,
                                 Viewer viewer) {
        RegisterKind k = RegisterKind.of(kind);
        ImportFile upload = file == null ? null : new ImportFile(file.getOriginalFilename(), file.getSize(), file);
        if (dryRun) {
            return ResponseEntity.ok(ResultDto.of(imports.check(k, upload, viewer)));
        }
        try {
            return ResponseEntity.ok(ResultDto.of(imports.apply(k, upload, null, viewer)));
        } catch (RegisterImportRejectedException e) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(rejected(e.result()));
        }
    }

    @GetMapping("/export")
    @Operation(summary = "The register of one kind as CSV or XLSX, in the import's columns, sorted by key with parents first; "
            + "only what the caller may see; optionally of one strategy (by key). The file imports back unchanged.")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "csv") String format,
                                  @RequestParam(required = false) String strategy,
                                  @Parameter(description = "da (default) or en: the header names and, for CSV, separator and decimal mark")
                                  @RequestParam(defaultValue = "da") String lang, Viewer viewer) {
        RegisterKind k = RegisterKind.of(kind);
        FileFormat f = FileFormat.of(format);
        FileDialect dialect = FileDialect.of(lang);
        return Downloads.file(imports.export(k, f, dialect, strategy == null || strategy.isBlank() ? null : strategy.strip(), viewer),
                f, k.fileName(dialect == FileDialect.ENGLISH));
    }

    @GetMapping("/template")
    @Operation(summary = "An empty file of one kind to fill in: the header row and an example row commented out with #")
    ResponseEntity<byte[]> template(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "csv") String format,
                                    @RequestParam(defaultValue = "da") String lang) {
        RegisterKind k = RegisterKind.of(kind);
        FileFormat f = FileFormat.of(format);
        FileDialect dialect = FileDialect.of(lang);
        return Downloads.file(imports.template(k, f, dialect), f,
                k.fileName(dialect == FileDialect.ENGLISH) + (dialect == FileDialect.ENGLISH ? "-template" : "-skabelon"));
    }


    /** A problem (400) with the field error on {@code file} and the whole result, so the errors can be shown by row. */
    private static Map<String, Object> rejected(RegisterImportResult result) {
        Map<String, Object> body = RejectedImportProblem.body(result.errorCount());
        ResultDto dto = ResultDto.of(result);
        body.put("kind", dto.kind());
        body.put("rows", dto.rows());
        body.put("summary", dto.summary());
        body.put("errors", dto.errors());
        body.put("errorCount", dto.errorCount());
        body.put("applied", false);
        return body;
    }
}
