package dk.pejling.archive.engine;

import dk.pejling.archive.ArchiveFileStore;
import dk.pejling.archive.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads a checked archive into the tables of a connection, inside the caller's transaction: the
 * caller commits when {@link Result#problems()} is empty and rolls back otherwise, so a restore is
 * all or nothing. Rows are inserted table by table in foreign-key order; deferred references (a
 * goal's parent) are set in a second pass; identity columns restart after the highest loaded value.
 */
public final class ArchiveLoader {

    private static final int BATCH = 500;
    private static final int MAX_PROBLEMS = 50;

    /**
     * The tables the installation may already have rows in, whether to write files at all, and the tables
     * declared derived: an archive written before a table was declared derived still carries its rows,
     * which are passed over (the module rebuilds the table) rather than refused as an unknown table.
     */
    public record Options(Set<String> replacedTables, boolean writeFiles, Set<String> derivedTables) {
    }

    /** What was loaded; the files written (to remove again when the caller rolls back). */
    public record Result(Map<String, Long> rowCounts, long files, boolean auditIncluded, boolean auditRenumbered,
                         List<Problem> problems, List<Runnable> undoFiles) {
    }

    private final Connection connection;
    private final List<TableSchema> tables;
    private final Map<String, ArchiveFileStore> stores;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Runnable> undo = new ArrayList<>();

    public ArchiveLoader(Connection connection, List<TableSchema> tables, List<ArchiveFileStore> stores) {
        this.connection = connection;
        this.tables = tables;
        this.stores = stores.stream().collect(Collectors.toMap(ArchiveFileStore::name, s -> s));
    }

    public Result load(ArchiveReader archive, Options options) throws IOException, SQLException {
        boolean auditIncluded = !archive.entriesUnder("audit/").isEmpty();
        checkTables(archive, auditIncluded, options.derivedTables());
        checkEmpty(options.replacedTables());
        if (!problems.isEmpty()) {
            return result(Map.of(), 0, auditIncluded, false);
        }
        deleteReplaced(options.replacedTables());
        Map<String, Long> counts = new LinkedHashMap<>();
        boolean renumbered = false;
        for (TableSchema table : tables) {
            if (table.isAudit() && !auditIncluded) {
                continue;
            }
            // An audit log that already has entries (the sign-in that started this restore) keeps them;
            // the archive's entries follow with new numbers rather than overwrite or collide.
            boolean renumber = table.isAudit() && hasRows(table) && table.columns().stream().anyMatch(Column::identity);
            renumbered |= renumber;
            counts.put(table.name(), insert(archive, table, renumber));
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
        }
        if (problems.isEmpty()) {
            for (TableSchema table : tables) {
                if (!table.deferredColumns().isEmpty()) {
                    setDeferred(archive, table);
                }
            }
        }
        if (problems.isEmpty()) {
            restartIdentities();
        }
        long files = problems.isEmpty() ? loadFiles(archive, options.writeFiles()) : 0;
        return result(counts, files, auditIncluded, renumbered);
    }

    private Result result(Map<String, Long> counts, long files, boolean audit, boolean renumbered) {
        return new Result(counts, files, audit, renumbered, List.copyOf(problems), List.copyOf(undo));
    }

    private void checkTables(ArchiveReader archive, boolean auditIncluded, Set<String> derived) throws IOException {
        Set<String> expected = new HashSet<>();
        for (TableSchema table : tables) {
            if (table.isAudit() && !auditIncluded) {
                continue;
            }
            expected.add(table.entryName());
            if (!archive.has(table.entryName())) {
                problems.add(new Problem("missing-table", table.entryName(), null));
                continue;
            }
            List<String> header;
            try {
                header = header(archive, table.entryName());
            } catch (IllegalStateException | java.io.UncheckedIOException e) {
                problems.add(new Problem("bad-value", table.entryName() + ", row 0", e.getMessage()));
                continue;
            }
            for (String column : table.columnNames()) {
                if (!header.contains(column)) {
                    problems.add(new Problem("missing-column", table.entryName(), column));
                }
            }
            for (String column : header) {
                if (!table.columnNames().contains(column)) {
                    problems.add(new Problem("unknown-column", table.entryName(), column));
                }
            }
        }
        for (String name : archive.entriesUnder("data/")) {
            if (!expected.contains(name) && !derived.contains(name.substring("data/".length()).replaceFirst("\\.csv$", ""))) {
                problems.add(new Problem("unknown-table", name, null));
            }
        }
        for (String name : archive.entriesUnder("audit/")) {
            if (!expected.contains(name)) {
                problems.add(new Problem("unknown-table", name, null));
            }
        }
    }

    private static List<String> header(ArchiveReader archive, String entry) throws IOException {
        try (CSVParser csv = parser(archive.entry(entry))) {
            Iterator<CSVRecord> records = csv.iterator();
            return records.hasNext() ? records.next().toList() : List.of();
        }
    }

    private static CSVParser parser(InputStream in) throws IOException {
        return CSVParser.builder().setReader(new InputStreamReader(in, StandardCharsets.UTF_8)).setFormat(Csv.FORMAT).get();
    }

    private void checkEmpty(Set<String> replaced) throws SQLException {
        for (TableSchema table : tables) {
            if (!table.isAudit() && !replaced.contains(table.name()) && hasRows(table)) {
                problems.add(new Problem("not-empty", table.name(), null));
            }
        }
    }

    private boolean hasRows(TableSchema table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT 1 FROM " + Sql.quote(table.name()) + " FETCH FIRST 1 ROWS ONLY")) {
            return rs.next();
        }
    }

    /** Children first, so no foreign key stands in the way. */
    private void deleteReplaced(Set<String> replaced) throws SQLException {
        for (TableSchema table : tables.reversed()) {
            if (replaced.contains(table.name())) {
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("DELETE FROM " + Sql.quote(table.name()));
                }
            }
        }
    }

    /** Checks each row of the table's CSV and hands the good ones to {@link TableRows} (COPY on PostgreSQL). */
    private long insert(ArchiveReader archive, TableSchema table, boolean skipIdentity) throws IOException {
        List<Column> columns = table.columns().stream().filter(c -> !(skipIdentity && c.identity())).toList();
        long rows = 0;
        // Once anything is wrong the restore rolls back: later rows are still checked (so every bad value is
        // reported), but no longer sent, or the database would report each row that follows a refused one.
        try (CSVParser csv = parser(archive.entry(table.entryName()));
             TableRows sink = problems.isEmpty() ? TableRows.open(connection, table, columns) : null) {
            Iterator<CSVRecord> records = csv.iterator();
            List<String> header = records.next().toList();
            int[] positions = columns.stream().mapToInt(c -> header.indexOf(c.name())).toArray();
            String[] values = new String[columns.size()];
            while (records.hasNext()) {
                CSVRecord record = records.next();
                rows++;
                if (!checkRow(table, columns, positions, record, rows, values)) {
                    if (problems.size() >= MAX_PROBLEMS) {
                        return rows;
                    }
                    continue;
                }
                if (sink != null && problems.isEmpty()) {
                    sink.add(values);
                }
            }
            if (sink != null && problems.isEmpty()) {
                sink.finish();
            }
        } catch (SQLException e) {
            problems.add(new Problem("database", table.entryName(), firstLine(e)));
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            // commons-csv reports a malformed record (an unclosed quote) this way.
            problems.add(new Problem("bad-value", table.entryName() + ", row " + (rows + 1), e.getMessage()));
        }
        return rows;
    }

    /** Checks a record's values against their columns and puts what is to be loaded into {@code values}. */
    private boolean checkRow(TableSchema table, List<Column> columns, int[] positions, CSVRecord record, long row,
                             String[] values) {
        if (record.size() != table.columns().size()) {
            problems.add(new Problem("bad-value", table.entryName() + ", row " + row,
                    record.size() + " fields, the header has " + table.columns().size()));
            return false;
        }
        boolean ok = true;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String raw = record.get(positions[i]);
            if (raw == null && !column.nullable()) {
                problems.add(new Problem("bad-value", table.entryName() + ", row " + row + ", " + column.name(), "required"));
                ok = false;
                continue;
            }
            try {
                column.type().check(raw);
                // Deferred references are loaded empty and set in the second pass.
                values[i] = table.deferredColumns().contains(column.name()) ? null : raw;
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                problems.add(new Problem("bad-value", table.entryName() + ", row " + row + ", " + column.name(),
                        "not a " + column.type().name().toLowerCase(java.util.Locale.ROOT) + ": " + abbreviate(raw)));
                ok = false;
            }
        }
        return ok;
    }

    /** Second pass: the references that had to wait until every row of the table was there. */
    private void setDeferred(ArchiveReader archive, TableSchema table) throws IOException {
        List<String> deferred = table.columnNames().stream().filter(table.deferredColumns()::contains).toList();
        List<String> key = table.sortKey();
        String sql = "UPDATE " + Sql.quote(table.name()) + " SET "
                + deferred.stream().map(c -> Sql.quote(c) + " = ?").collect(Collectors.joining(", "))
                + " WHERE " + key.stream().map(c -> Sql.quote(c) + " = ?").collect(Collectors.joining(" AND "));
        try (CSVParser csv = parser(archive.entry(table.entryName()));
             PreparedStatement statement = connection.prepareStatement(sql)) {
            Iterator<CSVRecord> records = csv.iterator();
            List<String> header = records.next().toList();
            int pending = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (deferred.stream().allMatch(c -> record.get(header.indexOf(c)) == null)) {
                    continue;
                }
                int index = 1;
                for (String c : deferred) {
                    table.column(c).orElseThrow().type().bind(statement, index++, record.get(header.indexOf(c)));
                }
                for (String c : key) {
                    table.column(c).orElseThrow().type().bind(statement, index++, record.get(header.indexOf(c)));
                }
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        } catch (SQLException e) {
            problems.add(new Problem("database", table.entryName(), firstLine(e)));
        }
    }

    /** The next generated value follows the highest restored one (same statement on H2 and PostgreSQL). */
    private void restartIdentities() throws SQLException {
        for (TableSchema table : tables) {
            for (Column column : table.columns()) {
                if (!column.identity()) {
                    continue;
                }
                long next;
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("SELECT MAX(" + Sql.quote(column.name()) + ") FROM "
                             + Sql.quote(table.name()))) {
                    rs.next();
                    next = rs.getLong(1) + 1;
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ALTER TABLE " + Sql.quote(table.name()) + " ALTER COLUMN "
                            + Sql.quote(column.name()) + " RESTART WITH " + next);
                }
            }
        }
    }

    /** Checks files.csv against the archive's files and, unless this is a dry run, writes them to their stores. */
    private long loadFiles(ArchiveReader archive, boolean write) throws IOException {
        if (!archive.has(ArchiveWriter.FILES_INDEX)) {
            return 0;
        }
        long count = 0;
        try (CSVParser csv = parser(archive.entry(ArchiveWriter.FILES_INDEX))) {
            Iterator<CSVRecord> records = csv.iterator();
            if (!records.hasNext()) {
                return 0;
            }
            records.next();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.size() != 4) {
                    problems.add(new Problem("bad-value", ArchiveWriter.FILES_INDEX + ", row " + record.getRecordNumber(),
                            record.size() + " fields, the header has 4"));
                    continue;
                }
                String storeName = record.get(0);
                String key = record.get(1);
                String entry = "files/" + record.get(2);
                ArchiveFileStore store = stores.get(storeName);
                if (store == null || !archive.has(entry)) {
                    problems.add(new Problem("file-missing", entry, storeName + "/" + key));
                    continue;
                }
                count++;
                try {
                    store.exists(key); // a store refuses a key that could not be its own (a path, not an id)
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem("bad-value", ArchiveWriter.FILES_INDEX + ", row " + count, "not a key of " + storeName));
                    continue;
                }
                if (write) {
                    try (InputStream in = archive.entry(entry)) {
                        store.write(key, in);
                    }
                    undo.add(() -> {
                        try {
                            store.delete(key);
                        } catch (IOException ignored) {
                            // best effort: a file of a rolled-back restore that no row refers to
                        }
                    });
                }
            }
        }
        return count;
    }

    private static String firstLine(SQLException e) {
        SQLException next = e.getNextException();
        String message = next != null ? next.getMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
