package dk.pejling.archive.engine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Where the checked rows of one table go during a restore: on PostgreSQL into one {@code COPY … FROM STDIN}
 * (the server parses and inserts the rows itself, without a statement per row), elsewhere (H2) into
 * batched inserts. Either way inside the restore's transaction, so it stays all or nothing. Values come
 * as archive text, already checked against their column's type.
 */
abstract sealed class TableRows implements AutoCloseable {

    /** COPY for a PostgreSQL connection, batched inserts for any other. */
    static TableRows open(Connection connection, TableSchema table, List<Column> columns) throws SQLException {
        String names = columns.stream().map(c -> Sql.quote(c.name())).collect(Collectors.joining(", "));
        if (connection.isWrapperFor(PGConnection.class)) {
            return new Copy(connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + Sql.quote(table.name()) + " (" + names + ") FROM STDIN WITH (FORMAT csv)"), columns);
        }
        return new Batched(connection.prepareStatement("INSERT INTO " + Sql.quote(table.name()) + " (" + names + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")"), columns);
    }

    /** Adds one row: a value (archive text, or null for SQL NULL) per column. */
    abstract void add(String[] values) throws SQLException;

    /** Writes what is still pending; the rows are in the table after this. */
    abstract void finish() throws SQLException;

    @Override
    public abstract void close() throws SQLException;

    private static final class Batched extends TableRows {
        private static final int BATCH = 500;
        private final PreparedStatement statement;
        private final List<Column> columns;
        private int pending;

        Batched(PreparedStatement statement, List<Column> columns) {
            this.statement = statement;
            this.columns = columns;
        }

        @Override
        void add(String[] values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                columns.get(i).type().bind(statement, i + 1, values[i]);
            }
            statement.addBatch();
            if (++pending == BATCH) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        void finish() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }

    /**
     * The rows as PostgreSQL's CSV: NULL is the unquoted empty field, every value is quoted (so the empty
     * text stays apart from NULL), binary values in bytea's hex form. Sent in chunks as they fill.
     */
    private static final class Copy extends TableRows {
        private static final int CHUNK = 256 * 1024;
        private final CopyIn copy;
        private final List<Column> columns;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK + 4096);
        private final StringBuilder line = new StringBuilder(256);

        Copy(CopyIn copy, List<Column> columns) {
            this.copy = copy;
            this.columns = columns;
        }

        @Override
        void add(String[] values) throws SQLException {
            line.setLength(0);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    line.append(',');
                }
                String value = values[i];
                if (value != null) {
                    if (columns.get(i).type() == ColumnType.BINARY) {
                        value = "\\x" + HexFormat.of().formatHex(Base64.getDecoder().decode(value));
                    }
                    line.append('"').append(value.replace("\"", "\"\"")).append('"');
                }
            }
            line.append('\n');
            buffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
            if (buffer.size() >= CHUNK) {
                send();
            }
        }

        private void send() throws SQLException {
            copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
            buffer.reset();
        }

        @Override
        void finish() throws SQLException {
            if (buffer.size() > 0) {
                send();
            }
            copy.endCopy();
        }

        @Override
        public void close() throws SQLException {
            if (copy.isActive()) {
                copy.cancelCopy(); // a restore that failed half-way through the table: its transaction rolls back
            }
        }
    }
}
