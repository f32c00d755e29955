package dk.pejling.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module's SQL names only its own tables. Spring Modulith's {@code verify()} sees Java types, not
 * the table names inside SQL strings, so a join into another module's table would pass it unnoticed.
 * A table belongs to the module whose Flyway migration creates it ({@code V<stamp>__<module>_<change>.sql}).
 * Each module's main sources are read for SQL in string literals and {@code @Table} annotations.
 */
class ModuleTablesTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/dk/pejling");
    private static final Pattern MIGRATION_NAME = Pattern.compile("V\\d+__([a-z]+)_.*\\.sql");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    /** Java string literals, text blocks first. */
    private static final Pattern STRING_LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern TABLE_REFERENCE =
            Pattern.compile("(?i)\\b(?:from|join|into|update|table|exists\\s*\\(\\s*select\\s+1\\s+from)\\s+([a-z_][a-z0-9_]*)");
    private static final Pattern TABLE_ANNOTATION = Pattern.compile("@Table\\(\\s*(?:name\\s*=\\s*)?\"([a-z_][a-z0-9_]*)\"");

    /**
     * Crossings that were in the code when this test came (issue 13) and are still to be removed
     * through the owning module's API. The list may only shrink: a new crossing fails the test,
     * and so does an entry that is no longer needed.
     */
    private static final Set<String> KNOWN_CROSSINGS = Set.of();

    @Test
    void everyModuleQueriesOnlyItsOwnTables() {
        Map<String, String> owners = tableOwners();
        Set<String> crossings = new TreeSet<>();
        for (Path moduleDir : moduleDirectories()) {
            String module = moduleDir.getFileName().toString();
            for (Path file : javaFiles(moduleDir)) {
                for (String table : tablesNamedIn(read(file))) {
                    String owner = owners.get(table);
                    if (owner != null && !owner.equals(module)) {
                        crossings.add(module + " → " + owner + "." + table + " in " + SOURCES.relativize(file));
                    }
                }
            }
        }
        assertThat(crossings).as("SQL in one module naming another module's table").isEqualTo(KNOWN_CROSSINGS);
    }

    @Test
    void tablesAreFoundInSqlStringsAndAnnotations() {
        String source = """
                @Table("strategy_goal") record X() {}
                String sql = "SELECT g.id FROM strategy_goal g JOIN strategy s ON s.id = g.strategy_id";
                String block = \"""
                    insert into audit_entry (id) values (?)
                    \""";
                String notSql = "from the committee";
                """;
        assertThat(tablesNamedIn(source)).contains("strategy_goal", "strategy", "audit_entry");
        assertThat(tableOwners()).containsEntry("strategy_goal", "strategy").containsEntry("audit_entry", "audit");
    }

    static Set<String> tablesNamedIn(String javaSource) {
        Set<String> tables = new TreeSet<>();
        Matcher annotation = TABLE_ANNOTATION.matcher(javaSource);
        while (annotation.find()) {
            tables.add(annotation.group(1).toLowerCase());
        }
        Matcher literal = STRING_LITERAL.matcher(javaSource);
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            Matcher reference = TABLE_REFERENCE.matcher(text);
            while (reference.find()) {
                tables.add(reference.group(1).toLowerCase());
            }
        }
        return tables;
    }

    static Map<String, String> tableOwners() {
        Map<String, String> owners = new HashMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                Matcher name = MIGRATION_NAME.matcher(file.getFileName().toString());
                if (!name.matches()) {
                    continue;
                }
                Matcher create = CREATE_TABLE.matcher(read(file));
                while (create.find()) {
                    owners.putIfAbsent(create.group(1).toLowerCase(), name.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return owners;
    }

    private static java.util.List<Path> moduleDirectories() {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            return dirs.filter(Files::isDirectory).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.List<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
