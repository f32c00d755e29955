package dk.pejling.archive;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import dk.pejling.archive.engine.ForeignKey;
import dk.pejling.archive.engine.SchemaReader;
import dk.pejling.archive.engine.Sql;
import dk.pejling.archive.engine.TableSchema;

/**
 * Fills every archived table of a database with random rows, read from the database's metadata like
 * the archive itself, so a table added by any module is covered without a change here. Values are
 * chosen to be awkward for CSV and for the two databases: quotes, commas, line breaks, Danish letters,
 * an emoji, empty strings beside NULLs, negative decimals at full scale, microsecond instants.
 * Foreign keys point at rows already made (or at earlier rows of the same table); a row a unique
 * constraint refuses is simply not made.
 */
final class RandomRows {

    private static final String[] WORDS = {"Tryg Aalborg", "\"citat\"", "komma, og mere", "linje\r\nskift", "linje\nto",
        "æøå ÆØÅ", "🙂", "", " mellemrum ", "Løvvangen", "a;b", "100 %", "tab\tfane"};

    private final Random random;
    private final Map<String, List<Map<String, Object>>> made = new HashMap<>();

    RandomRows(long seed) {
        this.random = new Random(seed);
    }

    /** Rows per table made. */
    Map<String, Integer> fill(DataSource dataSource, int maxRowsPerTable) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            DatabaseMetaData meta = connection.getMetaData();
            for (TableSchema table : SchemaReader.read(connection, Set.of())) {
                Map<String, int[]> sizes = sizes(meta, connection, table.name());
                int rows = random.nextInt(maxRowsPerTable + 1);
                List<Map<String, Object>> done = made.computeIfAbsent(table.name(), k -> new ArrayList<>());
                for (int i = 0; i < rows; i++) {
                    Map<String, Object> row = row(table, sizes, i);
                    if (row != null && insert(connection, table, row)) {
                        done.add(row);
                    }
                }
                counts.put(table.name(), done.size());
            }
        }
        return counts;
    }

    List<Map<String, Object>> rows(String table) {
        return made.getOrDefault(table, List.of());
    }

    private Map<String, Object> row(TableSchema table, Map<String, int[]> sizes, int index) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (var column : table.columns()) {
            int[] size = sizes.get(column.name());
            boolean nullValue = column.nullable() && random.nextInt(4) == 0;
            row.put(column.name(), nullValue ? null : value(column.type(), size[0], size[1], column.identity(), index));
        }
        for (ForeignKey fk : table.foreignKeys()) {
            List<Map<String, Object>> parents = rows(fk.referencedTable());
            boolean self = fk.referencedTable().equals(table.name());
            boolean nullable = fk.columns().stream().allMatch(c -> table.column(c).orElseThrow().nullable());
            if (parents.isEmpty() || (nullable && random.nextInt(3) == 0)) {
                if (!nullable) {
                    return null;
                }
                fk.columns().forEach(c -> row.put(c, null));
                continue;
            }
            Map<String, Object> parent = parents.get(random.nextInt(parents.size()));
            for (int i = 0; i < fk.columns().size(); i++) {
                row.put(fk.columns().get(i), parent.get(fk.referencedColumns().get(i)));
            }
            if (self && parent == row) {
                return null;
            }
        }
        return row;
    }

    private Object value(dk.pejling.archive.engine.ColumnType type, int length, int scale, boolean identity, int index) {
        return switch (type) {
            case UUID -> UUID.randomUUID();
            case INTEGER -> identity ? (long) index * 7 + 1 + random.nextInt(5) : (long) random.nextInt(2_000_000) - 1_000_000;
            case DECIMAL -> {
                int integerDigits = Math.max(1, Math.min(6, length - scale));
                BigInteger unscaled = new BigInteger(Math.min(62, (integerDigits + scale) * 3), random);
                BigDecimal value = new BigDecimal(unscaled, scale);
                if (value.precision() - value.scale() > integerDigits) {
                    value = BigDecimal.ONE.movePointLeft(scale);
                }
                yield random.nextBoolean() ? value.negate() : value;
            }
            case FLOAT -> random.nextDouble() * 1000;
            case BOOLEAN -> random.nextBoolean();
            case DATE -> LocalDate.of(1990, 1, 1).plusDays(random.nextInt(20_000));
            case TIME -> java.time.LocalTime.ofSecondOfDay(random.nextInt(86_400));
            case TIMESTAMP -> java.time.LocalDateTime.of(2020, 1, 1, 0, 0).plusSeconds(random.nextInt(100_000_000));
            case INSTANT -> OffsetDateTime.ofInstant(Instant.ofEpochSecond(631_152_000L + random.nextInt(1_500_000_000),
                    random.nextInt(1_000_000) * 1000L), ZoneOffset.ofHours(random.nextInt(3)));
            case BINARY -> new byte[] {(byte) random.nextInt(), (byte) random.nextInt()};
            case TEXT -> text(length);
        };
    }

    private String text(int maxLength) {
        StringBuilder text = new StringBuilder();
        int words = random.nextInt(4);
        for (int i = 0; i < words; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        text.append(Integer.toString(random.nextInt(1_000_000), 36)); // keeps unique columns apart
        String suffix = Integer.toString(random.nextInt(1_000_000), 36);
        return text.length() > maxLength ? suffix.substring(0, Math.min(suffix.length(), maxLength)) : text.toString();
    }

    private static Map<String, int[]> sizes(DatabaseMetaData meta, Connection connection, String table) throws SQLException {
        Map<String, int[]> sizes = new HashMap<>();
        try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
            while (rs.next()) {
                int length = rs.getInt("COLUMN_SIZE");
                int type = rs.getInt("DATA_TYPE");
                if (type == Types.VARCHAR && (length <= 0 || length > 1_000_000)) {
                    length = 200;
                }
                sizes.put(rs.getString("COLUMN_NAME"), new int[] {length <= 0 ? 200 : length, rs.getInt("DECIMAL_DIGITS")});
            }
        }
        return sizes;
    }

    private static boolean insert(Connection connection, TableSchema table, Map<String, Object> row) {
        String sql = "INSERT INTO " + Sql.quote(table.name()) + " ("
                + row.keySet().stream().map(Sql::quote).collect(Collectors.joining(", ")) + ") VALUES ("
                + row.keySet().stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            for (Object value : row.values()) {
                if (value == null) {
                    statement.setNull(i++, Types.NULL);
                } else {
                    statement.setObject(i++, value);
                }
            }
            statement.executeUpdate();
            return true;
        } catch (SQLException refused) {
            return false; // a unique constraint, or a composite key two foreign keys disagree on
        }
    }
}
