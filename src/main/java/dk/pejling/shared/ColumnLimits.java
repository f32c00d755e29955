package dk.pejling.shared;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.data.relational.core.mapping.event.BeforeConvertCallback;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The size of every column, read from the database itself, is the one source of truth for how long a
 * text, how large a number and how far off a date may be. Every aggregate a Spring Data JDBC repository
 * saves is checked against it before it is written (a {@link BeforeConvertCallback}, inside the
 * transaction), and a value that does not fit is a 400 with a field error instead of the database's
 * "value too long" or "numeric overflow" as a 500; the stores that write with plain SQL call
 * {@link #check} themselves. A migration that widens a column widens the validation with it.
 *
 * <p>The domain records keep their own, tighter rules where the product wants them (a strategy's title of
 * at most 300 characters); {@code ColumnLimitsTest} checks on H2 and on PostgreSQL that every text,
 * number and date an aggregate holds is covered.
 */
@Component
public class ColumnLimits implements BeforeConvertCallback<Object> {

    /** Dates outside these years are typing errors or attacks, and beyond what both databases store alike. */
    static final int FIRST_YEAR = 1;
    static final int LAST_YEAR = 9999;

    /** A column as the database describes it: its JDBC type, its size (characters or digits) and its scale. */
    public record Column(int type, int size, int scale) {

        boolean isText() {
            return type == Types.VARCHAR || type == Types.CHAR || type == Types.NVARCHAR || type == Types.NCHAR;
        }

        boolean isDecimal() {
            return type == Types.NUMERIC || type == Types.DECIMAL;
        }
    }

    private final RelationalMappingContext mapping;
    private final DataSource dataSource;
    private volatile Map<String, Column> columns;

    ColumnLimits(RelationalMappingContext mapping, DataSource dataSource) {
        this.mapping = mapping;
        this.dataSource = dataSource;
    }

    @Override
    public Object onBeforeConvert(Object aggregate) {
        RelationalPersistentEntity<?> entity = mapping.getPersistentEntity(aggregate.getClass());
        if (entity != null) {
            Map<String, String> errors = new LinkedHashMap<>();
            checkEntity(aggregate, entity, "", errors);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
        return aggregate;
    }

    /** For stores that write with SQL: the value against its column, an error under {@code field} if it does not fit. */
    public void check(String table, String column, String field, Object value, Map<String, String> errors) {
        Column c = column(table, column);
        String problem = c == null || value == null ? null : problem(c, value);
        if (problem != null) {
            errors.putIfAbsent(field, problem);
        }
    }

    /** Like {@link #check(String, String, String, Object, Map)}, throwing at once. */
    public void require(String table, String column, String field, Object value) {
        Map<String, String> errors = new LinkedHashMap<>();
        check(table, column, field, value, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The column as the database describes it, or null for one it does not have. */
    public Column column(String table, String column) {
        return columns().get(key(table, column));
    }

    private void checkEntity(Object bean, RelationalPersistentEntity<?> entity, String prefix, Map<String, String> errors) {
        PersistentPropertyAccessor<?> accessor = entity.getPropertyAccessor(bean);
        String table = entity.getTableName().getReference();
        for (RelationalPersistentProperty property : entity) {
            Object value = accessor.getProperty(property);
            if (value == null) {
                continue;
            }
            String field = prefix + property.getName();
            if (property.isEntity() && !property.isEmbedded()) {
                checkRelation(value, field, errors);
            } else if (!property.isIdProperty()) {
                check(table, property.getColumnName().getReference(), field, value, errors);
            }
        }
    }

    private void checkRelation(Object value, String field, Map<String, String> errors) {
        if (value instanceof Collection<?> many) {
            int i = 0;
            for (Object element : many) {
                checkChild(element, field + "[" + i++ + "].", errors);
            }
        } else if (value instanceof Map<?, ?> byKey) {
            byKey.forEach((k, element) -> checkChild(element, field + "[" + k + "].", errors));
        } else {
            checkChild(value, field + ".", errors);
        }
    }

    private void checkChild(Object element, String prefix, Map<String, String> errors) {
        RelationalPersistentEntity<?> entity = element == null ? null : mapping.getPersistentEntity(element.getClass());
        if (entity != null) {
            checkEntity(element, entity, prefix, errors);
        }
    }

    /** What is wrong with the value for this column, or null when it fits. */
    static String problem(Column column, Object value) {
        if (value instanceof CharSequence text && text.chars().anyMatch(c -> c == 0)) {
            return "must not contain the NUL character"; // PostgreSQL stores no NUL in a text, H2 does
        }
        if (value instanceof CharSequence text && column.isText() && text.length() > column.size()) {
            return "must be at most " + column.size() + " characters";
        }
        if (value instanceof Enum<?> constant && column.isText() && constant.name().length() > column.size()) {
            return "has an invalid value";
        }
        if (value instanceof Number number && column.isDecimal() && column.size() > 0) {
            BigDecimal decimal = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
            int integerDigits = decimal.precision() - decimal.scale();
            if (integerDigits > column.size() - column.scale()) {
                return "is too large";
            }
        }
        if (value instanceof Long number && column.type() == Types.INTEGER
                && (number > Integer.MAX_VALUE || number < Integer.MIN_VALUE)) {
            return "is too large";
        }
        Integer year = year(value);
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            return "must be a date between the years " + FIRST_YEAR + " and " + LAST_YEAR;
        }
        return null;
    }

    private static Integer year(Object value) {
        return switch (value) {
            case LocalDate date -> date.getYear();
            case LocalDateTime time -> time.getYear();
            case OffsetDateTime time -> time.getYear();
            case Instant instant -> instant.atOffset(ZoneOffset.UTC).getYear();
            default -> null;
        };
    }

    /** Every column of the schema in use, read once (the schema changes only through a migration and a restart). */
    public Map<String, Column> columns() {
        Map<String, Column> known = columns;
        if (known == null) {
            known = read();
            columns = known;
        }
        return known;
    }

    private Map<String, Column> read() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            DatabaseMetaData meta = connection.getMetaData();
            Map<String, Column> read = new HashMap<>();
            try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (rs.next()) {
                    read.putIfAbsent(key(rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")),
                            new Column(rs.getInt("DATA_TYPE"), rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS")));
                }
            }
            return Map.copyOf(read);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the columns of the database", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String key(String table, String column) {
        return table.toLowerCase(Locale.ROOT) + "." + column.toLowerCase(Locale.ROOT);
    }
}
