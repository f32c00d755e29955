package dk.pejling.archive.engine;

import dk.pejling.archive.ArchiveFileStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an archive as a stream: each table is read with a cursor and written row by row as CSV into
 * the zip, each file is copied through, so neither the archive nor a table is ever held in memory.
 * Everything but {@code manifest.json} is the same bytes for the same data: rows sorted by primary
 * key, entries in a fixed order, every entry with the same fixed time.
 */
public final class ArchiveWriter {

    /** Entry times are fixed, so two archives of the same data differ only in the manifest's created_at. */
    private static final long ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0)
            .atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    private static final int FETCH_SIZE = 1000;
    private static final int COPY_BUFFER = 256 * 1024;
    public static final String FILES_INDEX = "files.csv";

    /** What the manifest says besides hashes and counts, and which rows the scope takes. */
    public record Settings(String scope, String organisation, String appVersion, Instant createdAt, boolean includeAudit,
                           RowFilter filter) {
    }

    /** Which rows of a table an archive takes: a condition on the table's alias {@code t}, or null for all. */
    public interface RowFilter {
        RowFilter ALL = table -> null;

        Condition condition(TableSchema table);

        /** The value a cell is written with (a public archive empties internal columns and redacts names). */
        default String cell(TableSchema table, String column, String value) {
            return value;
        }

        /** The filter for the tables this archive reads (a filter that needs them binds here). */
        default RowFilter forTables(List<TableSchema> tables) {
            return this;
        }
    }

    /** A SQL condition on alias {@code t} with its parameters. */
    public record Condition(String sql, List<Object> parameters) {
    }

    private final Connection connection;
    private final List<TableSchema> tables;
    private final List<ArchiveFileStore> stores;

    public ArchiveWriter(Connection connection, List<TableSchema> tables, List<ArchiveFileStore> stores) {
        this.connection = connection;
        this.tables = tables;
        this.stores = stores;
    }

    /** Writes the archive to {@code out}, finishes the zip (without closing {@code out}) and answers its manifest. */
    public Manifest write(OutputStream out, Settings settings) throws IOException, SQLException {
        String flywayVersion = FlywayVersion.current(connection);
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(new java.io.BufferedOutputStream(new NonClosing(out), COPY_BUFFER));
        zip.setUseZip64(Zip64Mode.AsNeeded);
        // The CSVs at the fastest level: a somewhat larger zip for much less CPU in an export that must
        // finish in a minute; documents are stored as they are (see writeFiles).
        zip.setLevel(Deflater.BEST_SPEED);
        Map<String, Manifest.Entry> entries = new TreeMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        List<TableSchema> written = tables.stream().filter(t -> settings.includeAudit() || !t.isAudit()).toList();
        RowFilter filter = settings.filter().forTables(tables);

        entries.put(DataPackage.NAME, entry(zip, DataPackage.NAME, o -> o.write(DataPackage.json(written))));
        for (TableSchema table : written) {
            long[] rows = {0};
            entries.put(table.entryName(), entry(zip, table.entryName(), o -> rows[0] = writeTable(table, filter, o)));
            counts.put(table.name(), rows[0]);
        }
        // Files as the installation has them (one per store and key), the number a restore writes back;
        // identical contents are stored once in the zip.
        counts.put("files", writeFiles(zip, filter, entries));

        Manifest manifest = new Manifest(Manifest.FORMAT_VERSION, settings.appVersion(), flywayVersion, settings.scope(),
                settings.organisation(), settings.createdAt(), counts, entries, sharedRecords(filter));
        entry(zip, Manifest.NAME, o -> o.write(manifest.toJson()));
        zip.finish();
        zip.flush();
        return manifest;
    }

    /** For scope organisation: the shared records taken because the organisation's rows refer to them. */
    private Map<String, List<String>> sharedRecords(RowFilter filter) throws SQLException {
        Map<String, List<String>> shared = new TreeMap<>();
        if (!(filter instanceof OwnershipFilter ownership)) {
            return shared;
        }
        for (TableSchema table : tables) {
            if (!ownership.sharedTables().contains(table.name())) {
                continue;
            }
            Condition condition = ownership.referencedOnly(table);
            List<String> keys = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(select(table, table.sortKey(), condition))) {
                bind(statement, condition);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        List<String> key = new ArrayList<>();
                        for (int i = 0; i < table.sortKey().size(); i++) {
                            key.add(table.column(table.sortKey().get(i)).orElseThrow().type().read(rs, i + 1));
                        }
                        keys.add(String.join("/", key));
                    }
                }
            }
            shared.put(table.name(), keys);
        }
        return shared;
    }

    private static String select(TableSchema table, List<String> columns, Condition condition) {
        return "SELECT " + columns.stream().map(c -> "t." + Sql.quote(c)).collect(Collectors.joining(", "))
                + " FROM " + Sql.quote(table.name()) + " t"
                + (condition == null ? "" : " WHERE " + condition.sql())
                + " ORDER BY " + table.sortKey().stream().map(c -> "t." + Sql.quote(c)).collect(Collectors.joining(", "));
    }

    private static void bind(PreparedStatement statement, Condition condition) throws SQLException {
        if (condition != null) {
            for (int i = 0; i < condition.parameters().size(); i++) {
                statement.setObject(i + 1, condition.parameters().get(i));
            }
        }
    }

    private long writeTable(TableSchema table, RowFilter filter, OutputStream out) throws IOException {
        Condition condition = filter.condition(table);
        String sql = select(table, table.columnNames(), condition);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        long rows = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(FETCH_SIZE);
            bind(statement, condition);
            CSVPrinter csv = new CSVPrinter(writer, Csv.FORMAT);
            csv.printRecord(table.columnNames());
            try (ResultSet rs = statement.executeQuery()) {
                List<Column> columns = table.columns();
                String[] values = new String[columns.size()];
                while (rs.next()) {
                    for (int i = 0; i < values.length; i++) {
                        values[i] = filter.cell(table, columns.get(i).name(), columns.get(i).type().read(rs, i + 1));
                    }
                    csv.printRecord((Object[]) values);
                    rows++;
                }
            }
            csv.flush();
        } catch (SQLException e) {
            throw new IOException("could not read table " + table.name() + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /**
     * {@code files.csv} (store, key, sha256, size), then each distinct content once as {@code files/<sha256>}.
     * A file is read twice straight from its store: first for its SHA-256 (the entry's name) and CRC-32,
     * then copied into a STORED entry. Documents are mostly PDFs and images that do not compress, and
     * deflating a gigabyte of them was most of an export's time; a stored entry needs its CRC and size
     * before its bytes on a stream that cannot seek back, which the first pass gives. The zip checks the
     * copied bytes against that CRC, so a file changed between the passes fails the export.
     */
    private long writeFiles(ZipArchiveOutputStream zip, RowFilter filter, Map<String, Manifest.Entry> entries)
            throws IOException, SQLException {
        record Stored(ArchiveFileStore store, String key, String sha256, long crc, long size) {
        }
        List<Stored> files = new ArrayList<>();
        byte[] buffer = new byte[COPY_BUFFER];
        for (ArchiveFileStore store : stores.stream().sorted((a, b) -> a.name().compareTo(b.name())).toList()) {
            for (String key : keys(store, filter)) {
                if (!store.exists(key)) {
                    continue; // a row whose file is gone from disk; the restored row keeps pointing at nothing, as now
                }
                MessageDigest digest = EntryOutput.sha256();
                CRC32 crc = new CRC32();
                long size = 0;
                try (InputStream in = store.read(key)) {
                    for (int n; (n = in.read(buffer)) > 0; size += n) {
                        digest.update(buffer, 0, n);
                        crc.update(buffer, 0, n);
                    }
                }
                files.add(new Stored(store, key, HexFormat.of().formatHex(digest.digest()), crc.getValue(), size));
            }
        }
        entries.put(FILES_INDEX, entry(zip, FILES_INDEX, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, Csv.FORMAT);
            csv.printRecord("store", "key", "sha256", "size");
            for (Stored f : files) {
                csv.printRecord(f.store().name(), f.key(), f.sha256(), Long.toString(f.size()));
            }
            csv.flush();
        }));
        Map<String, String> written = new TreeMap<>();
        for (Stored f : files.stream().sorted((a, b) -> a.sha256().compareTo(b.sha256())).toList()) {
            String name = "files/" + f.sha256();
            if (written.putIfAbsent(f.sha256(), name) == null) {
                ZipArchiveEntry entry = new ZipArchiveEntry(name);
                entry.setTime(ENTRY_TIME);
                entry.setMethod(ZipArchiveEntry.STORED);
                entry.setSize(f.size());
                entry.setCrc(f.crc());
                zip.putArchiveEntry(entry);
                try (InputStream in = f.store().read(f.key())) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        zip.write(buffer, 0, n);
                    }
                }
                try {
                    zip.closeArchiveEntry(); // compares the bytes written with the CRC and size of the first pass
                } catch (java.util.zip.ZipException changed) {
                    throw new IOException("file " + f.key() + " of " + f.store().name() + " changed while it was archived", changed);
                }
                entries.put(name, new Manifest.Entry(f.sha256(), f.size()));
            }
        }
        return files.size();
    }

    /** The store's keys; in a scoped archive only those whose owning row is taken. */
    private List<String> keys(ArchiveFileStore store, RowFilter filter) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(store.keysQuery());
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                keys.add(rs.getObject(1).toString());
            }
        }
        if (filter == RowFilter.ALL) {
            return keys;
        }
        TableSchema owner = tables.stream().filter(t -> t.name().equals(store.ownerTable())).findFirst().orElse(null);
        if (owner == null) {
            return List.of();
        }
        Condition condition = filter.condition(owner);
        java.util.Set<String> taken = new java.util.HashSet<>();
        String sql = "SELECT t." + Sql.quote(store.ownerKeyColumn()) + " FROM " + Sql.quote(owner.name()) + " t"
                + (condition == null ? "" : " WHERE " + condition.sql());
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, condition);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    taken.add(rs.getObject(1).toString());
                }
            }
        }
        return keys.stream().filter(taken::contains).toList();
    }

    @FunctionalInterface
    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static Manifest.Entry entry(ZipArchiveOutputStream zip, String name, Body body) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setTime(ENTRY_TIME);
        zip.putArchiveEntry(entry);
        EntryOutput out = new EntryOutput(zip);
        try {
            body.write(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
        zip.closeArchiveEntry();
        return new Manifest.Entry(out.sha256Hex(), out.size());
    }

    /** The response or file stream stays open for whoever owns it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
