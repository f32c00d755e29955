package dk.pejling.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files OpenSearch's hyphenation decompounder reads from every node's config directory (it cannot take them
 * inline): {@code pejling/da-hyphenation.xml} and {@code pejling/da-words.txt}, the base words and Pejling's domain
 * words in one list. They are the very resources the embedded analysis loads, so both backends split the same
 * compounds. Written by the tests and the benchmark before their node starts; on a cluster, a deployment step
 * ({@code bin/opensearch-analysis-files}).
 */
public final class OpenSearchAnalysisFiles {

    public static final String DIR = "pejling";

    private OpenSearchAnalysisFiles() {
    }

    /** Writes both files under {@code configDir/pejling/}. */
    public static void writeTo(Path configDir) {
        try {
            Path dir = Files.createDirectories(configDir.resolve(DIR));
            Files.write(dir.resolve("da-hyphenation.xml"), resource("da-hyphenation.xml"));
            List<String> words = new ArrayList<>();
            for (String list : List.of("da-base-words.txt", "da-domain-words.txt")) {
                new String(resource(list), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .forEach(words::add);
            }
            Files.write(dir.resolve("da-words.txt"), words, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenSearch analysis files could not be written to " + configDir, e);
        }
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = OpenSearchAnalysisFiles.class.getResourceAsStream("/search/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing search resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
