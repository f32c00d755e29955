package dk.pejling.indicator;

import dk.pejling.indicator.RawTable.RawRow;
import dk.pejling.shared.PejlingProperties;
import dk.pejling.shared.Viewer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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

    MeasurementImport(ImportPlanner planner, PejlingProperties properties) {
        this.planner = planner;
        this.limits = properties.imports();
    }

    public long maxBytes() {
        return limits.maxBytes();
    }

    /** The dry run. */
    public ImportResult check(ImportFile file, Viewer viewer) {
        Viewer.require(viewer.canEdit()); // each indicator is checked again when its values are saved
        return planner.check(parse(file), viewer);
    }

    /**
     * Saves the file's values. With an {@code expectedFingerprint} (from the dry run the user
     * confirmed) nothing is saved unless the file and the values it changes are still the same.
     *
     * @throws ImportRejectedException when a row has an error or the fingerprint differs
     */
    public ImportResult apply(ImportFile file, String expectedFingerprint, Viewer viewer) {
        Viewer.require(viewer.canEdit()); // each indicator is checked again when its values are saved
        return planner.apply(parse(file), expectedFingerprint == null || expectedFingerprint.isBlank() ? null
                : expectedFingerprint.strip(), viewer);
    }

    ParsedFile parse(ImportFile file) {
        if (file == null || file.content() == null || (file.size() <= 0 && file.name().isEmpty())) {
            throw new ImportFileException(ImportProblem.FILE_MISSING);
        }
        if (file.size() > limits.maxBytes()) {
            throw tooLarge(file.size());
        }
        byte[] bytes;
        try (InputStream in = file.content().getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge(bytes.length);
        }
        RawTable table = new MeasurementFileReader(limits.maxBytes(), limits.maxRows()).read(file.name(), bytes);
        RowReader reader = new RowReader(table.headers(), table.decimals());
        List<ImportRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>(table.errors());
        Set<Integer> wrongRows = table.errors().stream().map(RowError::row).collect(Collectors.toSet());
        for (RawRow raw : table.rows()) {
            RowReader.Result result = reader.read(raw);
            if (result.row() != null && !wrongRows.contains(raw.row())) {
                rows.add(result.row());
            }
            errors.addAll(result.errors());
        }
        return new ParsedFile(file.name(), table.encoding() == null ? "xlsx" : "csv", table.encoding(), sha256(bytes),
                table.rows().size(), table.emptyRows(), rows, errors, reader);
    }

    private ImportFileException tooLarge(long size) {
        long mb = 1024 * 1024;
        return new ImportFileException(ImportProblem.FILE_TOO_LARGE, String.valueOf((size + mb - 1) / mb),
                String.valueOf(limits.maxBytes() / mb));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
