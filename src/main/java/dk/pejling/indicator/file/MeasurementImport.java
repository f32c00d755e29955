package dk.pejling.indicator.file;

import dk.pejling.indicator.IndicatorPermissions;
import dk.pejling.shared.PejlingProperties;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.tabular.ColumnMapping;
import dk.pejling.shared.tabular.ImportFile;
import dk.pejling.shared.tabular.MappedTable;
import dk.pejling.shared.tabular.RowError;
import dk.pejling.shared.tabular.TableFileReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Importing measurements from a CSV file or an Excel workbook: {@link #check} is the dry run that
 * says what would change and what is wrong, row by row, and writes nothing; {@link #apply} saves
 * all of it in one transaction, or nothing when any row has an error. Only editors import. The
 * file is read outside the transaction; a file over {@code pejling.imports.max-bytes} is refused
 * by its size, before it is read.
 */
@Service
public class MeasurementImport {

    private final ImportPlanner planner;
    private final PejlingProperties.Imports limits;
    private final IndicatorPermissions permissions;

    MeasurementImport(ImportPlanner planner, PejlingProperties properties, IndicatorPermissions permissions) {
        this.permissions = permissions;
        this.planner = planner;
        this.limits = properties.imports();
    }

    public long maxBytes() {
        return limits.maxBytes();
    }

    /** The import page's one question: who may not import is refused, anyone else learns the largest file taken. */
    public long uploadLimit(Viewer viewer) {
        permissions.requireImportMeasurements(viewer);
        return maxBytes();
    }

    /** The dry run. */
    public ImportResult check(ImportFile file, Viewer viewer) {
        permissions.requireImportMeasurements(viewer); // each indicator is checked again when its values are saved
        return planner.check(parse(file), viewer);
    }

    /**
     * Saves the file's values. With an {@code expectedFingerprint} (from the dry run the user
     * confirmed) nothing is saved unless the file and the values it changes are still the same.
     *
     * @throws ImportRejectedException when a row has an error or the fingerprint differs
     */
    public ImportResult apply(ImportFile file, String expectedFingerprint, Viewer viewer) {
        permissions.requireImportMeasurements(viewer); // each indicator is checked again when its values are saved
        return planner.apply(parse(file), expectedFingerprint == null || expectedFingerprint.isBlank() ? null
                : expectedFingerprint.strip(), viewer);
    }

    ParsedFile parse(ImportFile file) {
        TableFileReader reader = new TableFileReader(limits.maxBytes(), limits.maxRows());
        byte[] bytes = reader.bytes(file);
        MappedTable<MeasurementColumn> table = ColumnMapping.map(reader.read(file.name(), bytes), MeasurementColumn.class);
        RowReader rowReader = new RowReader(table);
        List<ImportRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>(table.errors());
        Set<Integer> wrongRows = table.errors().stream().map(RowError::row).collect(Collectors.toSet());
        for (MappedTable.Row<MeasurementColumn> raw : table.rows()) {
            RowReader.Result result = rowReader.read(raw);
            if (result.row() != null && !wrongRows.contains(raw.row())) {
                rows.add(result.row());
            }
            errors.addAll(result.errors());
        }
        return new ParsedFile(file.name(), table.format(), table.encoding(), TableFileReader.sha256(bytes),
                table.rows().size(), table.emptyRows(), rows, errors, rowReader);
    }
}
