package dk.pejling.archive.engine;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/**
 * How a column's values are written as CSV text and read back, the same on H2 and PostgreSQL:
 * ISO-8601 dates and times (instants in UTC with "Z"), '.' decimals without exponent, lower-case
 * UUIDs, base64 for binary values. The two databases name their types differently (H2 reports a UUID
 * as BINARY named "UUID", PostgreSQL as OTHER named "uuid"; PostgreSQL reports timestamptz as
 * TIMESTAMP), so the JDBC type code and the type name are read together.
 */
public enum ColumnType {
    UUID("string", "uuid"),
    INTEGER("integer", null),
    DECIMAL("number", null),
    FLOAT("number", null),
    BOOLEAN("boolean", null),
    DATE("date", null),
    TIME("time", null),
    TIMESTAMP("datetime", null),
    INSTANT("datetime", null),
    BINARY("string", "binary"),
    TEXT("string", null);

    private static final DateTimeFormatter INSTANT_FORMAT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** The Frictionless Table Schema type and format of the column. */
    private final String frictionlessType;
    private final String frictionlessFormat;

    ColumnType(String frictionlessType, String frictionlessFormat) {
        this.frictionlessType = frictionlessType;
        this.frictionlessFormat = frictionlessFormat;
    }

    public String frictionlessType() {
        return frictionlessType;
    }

    public String frictionlessFormat() {
        return frictionlessFormat;
    }

    /** The type of a column as {@link java.sql.DatabaseMetaData#getColumns} describes it. */
    public static ColumnType of(int jdbcType, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (name.equals("uuid")) {
            return UUID;
        }
        if (name.contains("time zone") || name.equals("timestamptz")) {
            return INSTANT;
        }
        return switch (jdbcType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INTEGER;
            case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> FLOAT;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.DATE -> DATE;
            case Types.TIME -> TIME;
            case Types.TIMESTAMP -> TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> INSTANT;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
            default -> TEXT;
        };
    }

    /** The value of the column as archive text, or null for SQL NULL. */
    public String read(ResultSet rs, int index) throws SQLException {
        return switch (this) {
            case UUID -> {
                Object value = rs.getObject(index);
                yield value == null ? null : value.toString().toLowerCase(Locale.ROOT);
            }
            case INTEGER -> {
                long value = rs.getLong(index);
                yield rs.wasNull() ? null : Long.toString(value);
            }
            case DECIMAL -> {
                BigDecimal value = rs.getBigDecimal(index);
                yield value == null ? null : value.toPlainString();
            }
            case FLOAT -> {
                double value = rs.getDouble(index);
                yield rs.wasNull() ? null : BigDecimal.valueOf(value).toPlainString();
            }
            case BOOLEAN -> {
                boolean value = rs.getBoolean(index);
                yield rs.wasNull() ? null : Boolean.toString(value);
            }
            case DATE -> text(rs.getObject(index, LocalDate.class));
            case TIME -> text(rs.getObject(index, LocalTime.class));
            case TIMESTAMP -> text(rs.getObject(index, LocalDateTime.class));
            case INSTANT -> {
                OffsetDateTime value = rs.getObject(index, OffsetDateTime.class);
                yield value == null ? null : INSTANT_FORMAT.format(value.withOffsetSameInstant(ZoneOffset.UTC));
            }
            case BINARY -> {
                byte[] value = rs.getBytes(index);
                yield value == null ? null : Base64.getEncoder().encodeToString(value);
            }
            case TEXT -> rs.getString(index);
        };
    }

    /**
     * Binds archive text as a statement parameter.
     *
     * @throws IllegalArgumentException when the text is not a value of this type
     */
    public void bind(PreparedStatement statement, int index, String text) throws SQLException {
        if (text == null) {
            statement.setNull(index, sqlType());
            return;
        }
        switch (this) {
            case UUID -> statement.setObject(index, java.util.UUID.fromString(text));
            case INTEGER -> statement.setLong(index, Long.parseLong(text));
            case DECIMAL -> statement.setBigDecimal(index, new BigDecimal(text));
            case FLOAT -> statement.setDouble(index, Double.parseDouble(text));
            case BOOLEAN -> statement.setBoolean(index, parseBoolean(text));
            case DATE -> statement.setObject(index, LocalDate.parse(text));
            case TIME -> statement.setObject(index, LocalTime.parse(text));
            case TIMESTAMP -> statement.setObject(index, LocalDateTime.parse(text));
            case INSTANT -> statement.setObject(index, OffsetDateTime.parse(text, INSTANT_FORMAT));
            case BINARY -> statement.setBytes(index, Base64.getDecoder().decode(text));
            case TEXT -> statement.setString(index, text);
        }
    }

    /** Checks a text without a database: the dry run finds a bad value before anything is written. */
    public void check(String text) {
        if (text == null) {
            return;
        }
        switch (this) {
            case UUID -> java.util.UUID.fromString(text);
            case INTEGER -> Long.parseLong(text);
            case DECIMAL -> new BigDecimal(text);
            case FLOAT -> Double.parseDouble(text);
            case BOOLEAN -> parseBoolean(text);
            case DATE -> LocalDate.parse(text);
            case TIME -> LocalTime.parse(text);
            case TIMESTAMP -> LocalDateTime.parse(text);
            case INSTANT -> OffsetDateTime.parse(text, INSTANT_FORMAT);
            case BINARY -> Base64.getDecoder().decode(text);
            case TEXT -> {
            }
        }
    }

    private int sqlType() {
        return switch (this) {
            case UUID -> Types.OTHER;
            case INTEGER -> Types.BIGINT;
            case DECIMAL -> Types.NUMERIC;
            case FLOAT -> Types.DOUBLE;
            case BOOLEAN -> Types.BOOLEAN;
            case DATE -> Types.DATE;
            case TIME -> Types.TIME;
            case TIMESTAMP -> Types.TIMESTAMP;
            case INSTANT -> Types.TIMESTAMP_WITH_TIMEZONE;
            case BINARY -> Types.VARBINARY;
            case TEXT -> Types.VARCHAR;
        };
    }

    private static boolean parseBoolean(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("not a boolean: " + text);
        };
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
