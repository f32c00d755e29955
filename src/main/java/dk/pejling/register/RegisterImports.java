package dk.pejling.register;

import dk.pejling.shared.AuditEvent;
import dk.pejling.shared.PejlingProperties;
import dk.pejling.shared.Viewer;
import dk.pejling.shared.tabular.ColumnMapping;
import dk.pejling.shared.tabular.FileDialect;
import dk.pejling.shared.tabular.FileFormat;
import dk.pejling.shared.tabular.ImportFile;
import dk.pejling.shared.tabular.MappedTable;
import dk.pejling.shared.tabular.RawSheet;
import dk.pejling.shared.tabular.RowError;
import dk.pejling.shared.tabular.TableColumn;
import dk.pejling.shared.tabular.TableFileReader;
import dk.pejling.shared.tabular.TableFileWriter;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a register import: reads the file with the shared reader, maps its columns to the kind's
 * importer, and lets the importer create every row in one transaction. A dry run runs exactly the
 * same creation — the owning modules' own checks and permissions included — and rolls it back, so
 * the dry run and the import can never disagree; an import with any row error is rolled back as a
 * whole. Events of the rolled-back records are never delivered (they are published after commit).
 */
@Service
public class RegisterImports {

    private final Map<RegisterKind, RegisterImporter<?>> importers = new LinkedHashMap<>();
    private final TransactionTemplate transactions;
    private final PejlingProperties.Imports limits;
    private final ApplicationEventPublisher events;
    private final RegisterPermissions permissions;
    private final MessageSource messages;

    /** The page's rules, repeated on the workbook template's guide sheet. */
    private static final List<String> GUIDE = List.of("register.import.rules.order", "register.import.rules.keys",
            "register.import.rules.cells", "import.rules.encoding", "register.import.rules.allOrNothing");

    RegisterImports(List<RegisterImporter<?>> importers, PlatformTransactionManager transactions,
                    PejlingProperties properties, ApplicationEventPublisher events, RegisterPermissions permissions,
                    MessageSource messages) {
        this.permissions = permissions;
        this.messages = messages;
        importers.stream().sorted(Comparator.comparing(RegisterImporter::kind)).forEach(i -> this.importers.put(i.kind(), i));
        this.transactions = new TransactionTemplate(transactions);
        this.limits = properties.imports();
        this.events = events;
    }

    public long maxBytes() {
        return limits.maxBytes();
    }

    /** The import page's one question: who may not import is refused, anyone else learns the largest file taken. */
    public long uploadLimit(Viewer viewer) {
        permissions.requireImport(viewer);
        return maxBytes();
    }

    /** The dry run: what importing would do, and every row error. Nothing is saved. */
    public RegisterImportResult check(RegisterKind kind, ImportFile file, Viewer viewer) {
        return run(kind, file, true, null, viewer);
    }

    /**
     * Imports the file: every row, or nothing. With an {@code expectedFingerprint} (from the dry run
     * the user confirmed) nothing is saved unless it is the same file.
     *
     * @throws RegisterImportRejectedException when a row has an error or the file differs from the dry run's
     */
    public RegisterImportResult apply(RegisterKind kind, ImportFile file, String expectedFingerprint, Viewer viewer) {
        return run(kind, file, false, expectedFingerprint == null || expectedFingerprint.isBlank() ? null
                : expectedFingerprint.strip(), viewer);
    }

    private RegisterImportResult run(RegisterKind kind, ImportFile file, boolean dryRun, String expectedFingerprint,
                                     Viewer viewer) {
        permissions.requireImport(viewer); // each row is checked again by the module that creates it
        TableFileReader reader = new TableFileReader(limits.maxBytes(), limits.maxRows());
        byte[] bytes = reader.bytes(file);
        RawSheet sheet = reader.read(file.name(), bytes);
        String fingerprint = TableFileReader.sha256(bytes);
        RegisterImportResult result = transactions.execute(status -> {
            RegisterImportResult r = importRows(importer(kind), sheet, file.name(), fingerprint, viewer);
            if (dryRun || r.hasErrors() || (expectedFingerprint != null && !expectedFingerprint.equals(fingerprint))) {
                status.setRollbackOnly();
            }
            return r;
        });
        if (dryRun) {
            return result;
        }
        if (result.hasErrors()) {
            throw new RegisterImportRejectedException(result, false);
        }
        if (expectedFingerprint != null && !expectedFingerprint.equals(fingerprint)) {
            throw new RegisterImportRejectedException(result, true);
        }
        return withApplied(result);
    }

    private static <C extends Enum<C> & TableColumn> RegisterImportResult importRows(RegisterImporter<C> importer, RawSheet sheet,
                                                                                    String fileName, String fingerprint, Viewer viewer) {
        MappedTable<C> table = ColumnMapping.map(sheet, importer.columns());
        List<RowError> errors = new ArrayList<>(table.errors());
        List<RegisterChange> changes = importer.importRows(table, viewer, errors);
        errors.sort(Comparator.comparingInt(RowError::row));
        return new RegisterImportResult(importer.kind(), fileName, table.format(), table.encoding(), table.rows().size(),
                table.emptyRows(), changes, errors.size() > RegisterImportResult.MAX_ERRORS
                ? errors.subList(0, RegisterImportResult.MAX_ERRORS) : errors, errors.size(), false, fingerprint);
    }

    private static RegisterImportResult withApplied(RegisterImportResult r) {
        return new RegisterImportResult(r.kind(), r.fileName(), r.format(), r.encoding(), r.rows(), r.emptyRows(), r.changes(),
                r.errors(), r.errorCount(), true, r.fingerprint());
    }

    /**
     * The register of one kind as a file that imports back unchanged; logged as an export. Only what
     * the viewer may see, so the anonymous public gets the public records.
     */
    public byte[] export(RegisterKind kind, FileFormat format, FileDialect dialect, String strategyKey, Viewer viewer) {
        RegisterImporter<?> importer = importer(kind);
        List<List<Object>> rows = importer.export(strategyKey, dialect, viewer);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("kind", kind.parameter());
        parameters.put("format", format.extension());
        if (strategyKey != null) {
            parameters.put("strategy", strategyKey);
        }
        parameters.put("rows", rows.size());
        events.publishEvent(AuditEvent.export("register", null, parameters));
        return write(format, dialect, kind, header(importer, dialect), rows, List.of());
    }

    /**
     * The empty file to fill in: the header row and one example, commented out ({@code #}) so it is not
     * imported; a workbook explains the rules, the one-cell syntax included, on a guide sheet the import skips.
     */
    public byte[] template(RegisterKind kind, FileFormat format, FileDialect dialect) {
        RegisterImporter<?> importer = importer(kind);
        List<Object> example = new ArrayList<>(importer.example(dialect));
        example.set(0, "# " + example.get(0));
        List<List<Object>> guide = GUIDE.stream()
                .map(key -> List.<Object>of(messages.getMessage(key, null, key, dialect.locale()))).toList();
        return write(format, dialect, kind, header(importer, dialect), List.of(example), guide);
    }

    private static <C extends Enum<C> & TableColumn> List<String> header(RegisterImporter<C> importer, FileDialect dialect) {
        return EnumSet.allOf(importer.columns()).stream().map(c -> c.header(dialect)).toList();
    }

    private byte[] write(FileFormat format, FileDialect dialect, RegisterKind kind, List<String> header,
                         List<List<Object>> rows, List<List<Object>> guide) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFileWriter.Sheet sheet = new TableFileWriter.Sheet(kind.fileName(dialect == FileDialect.ENGLISH), header, rows,
                header.stream().map(h -> 24).toList());
        if (format == FileFormat.CSV) {
            TableFileWriter.csv(dialect, sheet, List.of(), out);
        } else if (guide.isEmpty()) {
            TableFileWriter.xlsx(List.of(sheet), out);
        } else {
            TableFileWriter.Sheet help = new TableFileWriter.Sheet(messages.getMessage("register.template.guide", null,
                    "Vejledning", dialect.locale()), List.of(messages.getMessage("import.rules", null, "", dialect.locale())),
                    guide, List.of(140));
            TableFileWriter.xlsx(List.of(sheet, help), out);
        }
        return out.toByteArray();
    }

    private RegisterImporter<?> importer(RegisterKind kind) {
        RegisterImporter<?> importer = importers.get(kind);
        if (importer == null) {
            throw new IllegalStateException("no importer for " + kind);
        }
        return importer;
    }
}
