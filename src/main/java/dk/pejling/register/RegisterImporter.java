package dk.pejling.register;

import dk.pejling.shared.Viewer;
import dk.pejling.shared.tabular.FileDialect;
import dk.pejling.shared.tabular.MappedTable;
import dk.pejling.shared.tabular.RowError;
import dk.pejling.shared.tabular.TableColumn;
import java.util.List;

/**
 * What a module offers the register import for one {@link RegisterKind}: its file's columns, the
 * creation of its records from the rows, and the export that imports back unchanged. The module
 * creates through its own services, with the importing user's {@link Viewer}, so its permission
 * rules hold row by row.
 *
 * @param <C> the file's columns, in the order the export and the template write them
 */
public interface RegisterImporter<C extends Enum<C> & TableColumn> {

    RegisterKind kind();

    Class<C> columns();

    /**
     * Creates a record for each row, in the caller's transaction, and tells what it did per row. A
     * row that cannot be created (a bad cell, an unknown reference, a rule of the record, a
     * permission) gets its row errors and the next row is tried, so one run reports every error. A
     * row whose key exists already is {@link RegisterChange.Action#UNCHANGED} when the stored record
     * exports as the row, and an error otherwise: an import creates, it never overwrites.
     * The caller rolls everything back after a dry run or when there is any error.
     */
    List<RegisterChange> importRows(MappedTable<C> table, Viewer viewer, List<RowError> errors);

    /**
     * The records the viewer may see as rows of cells (String, BigDecimal, Integer or null) in the
     * columns' order, sorted by key, parents before children; only those of one strategy when
     * {@code strategyKey} is given. Numbers inside a text cell (a baseline's value) are written as the
     * {@code dialect} writes decimals, so the file reads back unchanged.
     */
    List<List<Object>> export(String strategyKey, FileDialect dialect, Viewer viewer);

    /** One example row for the template, its numbers and labels inside cells in the dialect's way. */
    List<Object> example(FileDialect dialect);
}
