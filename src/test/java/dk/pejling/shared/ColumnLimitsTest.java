package dk.pejling.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dk.pejling.IntegrationTest;
import dk.pejling.TestUsers;
import dk.pejling.access.Role;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The limits of texts, numbers and dates are the database's columns (one source of truth, read by
 * {@link ColumnLimits}); checked here against the schema as JDBC describes it, on H2 and, with
 * {@code -Ppostgres}, on PostgreSQL: every property an aggregate stores has its column, every text
 * column its length as the limit, and a value one over the limit is refused while one at it passes.
 */
@IntegrationTest
class ColumnLimitsTest {

    @Autowired
    ColumnLimits limits;
    @Autowired
    RelationalMappingContext mapping;
    @Autowired
    DataSource dataSource;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    @Test
    void theLimitOfEveryStoredTextIsItsColumnAsTheDatabaseDescribesIt() throws Exception {
        Map<String, int[]> schema = schema();
        List<String> checked = new ArrayList<>();
        for (RelationalPersistentEntity<?> entity : mapping.getPersistentEntities()) {
            String table = entity.getTableName().getReference().toLowerCase(Locale.ROOT);
            for (RelationalPersistentProperty property : entity) {
                if (property.isEntity()) {
                    continue;
                }
                String column = property.getColumnName().getReference().toLowerCase(Locale.ROOT);
                int[] described = schema.get(table + "." + column);
                assertThat(described).as("column of %s.%s", entity.getType().getSimpleName(), property.getName()).isNotNull();
                ColumnLimits.Column limit = limits.column(table, column);
                assertThat(limit).as(table + "." + column).isNotNull();
                assertThat(limit.type()).isEqualTo(described[0]);
                if (property.getType() == String.class && isText(described[0]) && described[1] < 1_000_000) {
                    assertThat(limit.size()).as(table + "." + column).isEqualTo(described[1]);
                    Map<String, String> errors = new HashMap<>();
                    limits.check(table, column, "f", "x".repeat(described[1]), errors);
                    assertThat(errors).as("at the limit of " + table + "." + column).isEmpty();
                    limits.check(table, column, "f", "x".repeat(described[1] + 1), errors);
                    assertThat(errors).as("over the limit of " + table + "." + column)
                            .containsEntry("f", "must be at most " + described[1] + " characters");
                    checked.add(table + "." + column);
                }
            }
        }
        assertThat(checked).as("text columns of the aggregates").hasSizeGreaterThan(50)
                .contains("indicator.population", "initiative.area", "strategy_link.title", "status_report.review_comment");
    }

    @Test
    void numbersBeyondTheirColumnAndAbsurdDatesAreRefused() {
        ColumnLimits.Column numeric = new ColumnLimits.Column(Types.NUMERIC, 18, 4);
        assertThat(ColumnLimits.problem(numeric, new BigDecimal("99999999999999.9999"))).isNull();
        assertThat(ColumnLimits.problem(numeric, new BigDecimal("1E+30"))).isEqualTo("is too large");
        assertThat(ColumnLimits.problem(numeric, new BigDecimal("-1E+30"))).isEqualTo("is too large");
        ColumnLimits.Column date = new ColumnLimits.Column(Types.DATE, 10, 0);
        assertThat(ColumnLimits.problem(date, LocalDate.of(2026, 1, 1))).isNull();
        assertThat(ColumnLimits.problem(date, LocalDate.MAX)).startsWith("must be a date between");
        assertThat(ColumnLimits.problem(date, LocalDate.ofEpochDay(-2147483649L))).startsWith("must be a date between");
        ColumnLimits.Column text = new ColumnLimits.Column(Types.VARCHAR, 300, 0);
        assertThat(ColumnLimits.problem(text, "a\u0000b")).as("PostgreSQL refuses NUL in a text")
                .isEqualTo("must not contain the NUL character");
        assertThat(ColumnLimits.problem(text, "\u202e💥")).isNull();
        ColumnLimits.Column integer = new ColumnLimits.Column(Types.INTEGER, 10, 0);
        assertThat(ColumnLimits.problem(integer, -2147483649L)).isEqualTo("is too large");
    }

    @Test
    void aTextLongerThanItsColumnIsA400WithTheFieldAndNothingIsWritten() throws Exception {
        TestUsers.TestUser admin = users.create(Role.ADMIN);
        String name = "Grænse " + UUID.randomUUID();
        mvc.perform(post("/api/v1/indicators").header("Authorization", admin.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "%s", "unit": "COUNT", "direction": "HIGHER_IS_BETTER", "population": "%s"}"""
                                .formatted(name, "p".repeat(5000))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.population").value(org.hamcrest.Matchers.startsWith("must be at most")));
        mvc.perform(post("/api/v1/indicators").header("Authorization", admin.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "%s", "unit": "COUNT", "direction": "HIGHER_IS_BETTER",
                                 "baselines": [{"value": 1e30, "date": "2018-01-01"}]}""".formatted(name)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors").isNotEmpty());
        String list = mvc.perform(get("/api/v1/indicators").param("q", name).header("Authorization", admin.bearer()))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(list, "$.total")).isZero();
    }

    private static boolean isText(int type) {
        return type == Types.VARCHAR || type == Types.CHAR || type == Types.NVARCHAR || type == Types.NCHAR;
    }

    /** The columns of the schema in use, read straight from JDBC: type and size. */
    private Map<String, int[]> schema() throws Exception {
        Map<String, int[]> columns = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (rs.next()) {
                    columns.putIfAbsent(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT) + "."
                            + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                            new int[] {rs.getInt("DATA_TYPE"), rs.getInt("COLUMN_SIZE")});
                }
            }
        }
        return columns;
    }
}
