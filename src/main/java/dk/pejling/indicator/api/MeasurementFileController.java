package dk.pejling.indicator.api;

import dk.pejling.shared.tabular.ImportFile;
import dk.pejling.shared.tabular.FileFormat;
import dk.pejling.shared.web.Downloads;
import dk.pejling.shared.web.RejectedImportProblem;
import dk.pejling.shared.tabular.FileDialect;
import dk.pejling.indicator.file.ImportRejectedException;
import dk.pejling.indicator.file.ImportResult;
import dk.pejling.indicator.IndicatorId;
import dk.pejling.indicator.file.MeasurementExport;
import dk.pejling.indicator.file.MeasurementImport;
import dk.pejling.indicator.api.ImportDtos.ImportResultDto;
import dk.pejling.shared.Viewer;
import dk.pejling.strategy.StrategyId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/measurements")
@Tag(name = "Measurement files", description = "Import and export of measurements as CSV and XLSX")
class MeasurementFileController {

    private final MeasurementImport imports;
    private final MeasurementExport export;
    private final Clock clock;

    MeasurementFileController(MeasurementImport imports, MeasurementExport export, Clock clock) {
        this.imports = imports;
        this.export = export;
        this.clock = clock;
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import measurements from a CSV or XLSX file (editors). dryRun=true answers what would "
            + "change and the row errors and writes nothing; otherwise everything is saved in one transaction, or "
            + "nothing and 400 with the row errors. Corrections keep the old value in the history.")
    ResponseEntity<?> importFile(@RequestParam(name = "file", required = false) MultipartFile file,
                                 @Parameter(description = "only check the file") @RequestParam(defaultValue = "false") boolean dryRun,
                                 Viewer viewer) {
        ImportFile upload = file == null ? null : new ImportFile(file.getOriginalFilename(), file.getSize(), file);
        if (dryRun) {
            return ResponseEntity.ok(ImportResultDto.of(imports.check(upload, viewer)));
        }
        try {
            return ResponseEntity.ok(ImportResultDto.of(imports.apply(upload, null, viewer)));
        } catch (ImportRejectedException e) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(rejected(e.result()));
        }
    }

    @GetMapping("/export")
    @Operation(summary = "The current measurements as CSV (semicolons, decimal comma, UTF-8 with BOM) or XLSX, "
            + "sorted by indicator key, period and step; only indicators the caller may see. The file imports back unchanged.")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format,
                                  @RequestParam(required = false) UUID strategy,
                                  @RequestParam(required = false) UUID indicator,
                                  @Parameter(description = "da (default) or en: the header names and, for CSV, separator and decimal mark")
                                  @RequestParam(defaultValue = "da") String lang, Viewer viewer) {
        FileFormat f = FileFormat.of(format);
        FileDialect dialect = FileDialect.of(lang);
        MeasurementExport.Filter filter = new MeasurementExport.Filter(strategy == null ? null : new StrategyId(strategy),
                indicator == null ? null : new IndicatorId(indicator));
        String name = (dialect == FileDialect.ENGLISH ? "measurements-" : "maalinger-") + LocalDate.now(clock);
        return Downloads.file(export.export(f, dialect, filter, viewer), f, name);
    }

    @GetMapping("/template")
    @Operation(summary = "An empty file to fill in: the header row and an example; the XLSX template explains each column on the sheet Vejledning")
    ResponseEntity<byte[]> template(@RequestParam(defaultValue = "csv") String format,
                                    @RequestParam(defaultValue = "da") String lang) {
        FileFormat f = FileFormat.of(format);
        FileDialect dialect = FileDialect.of(lang);
        return Downloads.file(export.template(f, dialect), f, dialect == FileDialect.ENGLISH ? "measurements-template" : "maalinger-skabelon");
    }


    /** A problem (400) with the field error on {@code file} and the whole result, so the errors can be shown by row. */
    private static Map<String, Object> rejected(ImportResult result) {
        Map<String, Object> body = RejectedImportProblem.body(result.errorCount());
        ImportResultDto dto = ImportResultDto.of(result);
        body.put("rows", dto.rows());
        body.put("emptyRows", dto.emptyRows());
        body.put("summary", dto.summary());
        body.put("changes", dto.changes());
        body.put("errors", dto.errors());
        body.put("errorCount", dto.errorCount());
        body.put("applied", false);
        return body;
    }
}
