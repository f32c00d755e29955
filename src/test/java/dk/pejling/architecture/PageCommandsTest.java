package dk.pejling.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pages and controllers bind command records, never the request's parameters as a map: a map takes any
 * field, hides which ones a form has, and leaves each handler to parse and refuse them its own way
 * (shared/web/FormOutcome is the one way).
 */
class PageCommandsTest {

    private static final Path SOURCES = Path.of("src/main/java/dk/pejling");
    private static final Pattern PARAMETER_MAP = Pattern.compile("@RequestParam\\s+(?:final\\s+)?(?:Multi(?:Value)?)?Map<");

    /** Being rewritten as typed records on its own branch (issue 13 item 5); the list may only shrink. */
    private static final Set<String> KNOWN = Set.of("proceedings/oparl/OParlController.java");

    @Test
    void noHandlerBindsTheRequestParametersAsAMap() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                if (PARAMETER_MAP.matcher(read(f)).find()) {
                    found.add(SOURCES.relativize(f).toString().replace('\\', '/'));
                }
            });
        }
        assertThat(found).as("handlers binding @RequestParam Map").isSubsetOf(KNOWN);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
