package dk.pejling.search;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The search's settings.
 *
 * @param indexDir where the Lucene index lives (default: {@code search-index} under the data dir); {@code memory}
 *                 keeps it in memory (tests), rebuilt at every start
 * @param extraction limits on text extraction from uploaded documents
 */
@ConfigurationProperties(prefix = "pejling.search")
public record SearchProperties(String indexDir, Extraction extraction) {

    public SearchProperties {
        extraction = extraction == null ? new Extraction(null, null, null) : extraction;
    }

    public boolean inMemory() {
        return "memory".equalsIgnoreCase(indexDir);
    }

    /**
     * @param maxBytes     larger files are not read at all
     * @param maxChars     text beyond this is cut (a write limit, so one document cannot fill the heap)
     * @param timeoutSeconds a parse that takes longer is given up
     */
    public record Extraction(Long maxBytes, Integer maxChars, Integer timeoutSeconds) {
        public Extraction {
            maxBytes = maxBytes == null ? 20L * 1024 * 1024 : maxBytes;
            maxChars = maxChars == null ? 2_000_000 : maxChars;
            timeoutSeconds = timeoutSeconds == null ? 60 : timeoutSeconds;
        }
    }
}
