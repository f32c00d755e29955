package dk.pejling.search;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The search's settings.
 *
 * @param indexDir where the Lucene index lives (default: {@code search-index} under the data dir); {@code memory}
 *                 keeps it in memory (tests), rebuilt at every start
 * @param extraction limits on text extraction from uploaded documents
 * @param url        an OpenSearch cluster ({@code PEJLING_SEARCH_URL}); when set, the search runs there instead of in
 *                   the embedded index
 * @param indexName  the OpenSearch index's name ({@code PEJLING_SEARCH_INDEX_NAME}, default {@code pejling})
 * @param username   with {@code password}: basic authentication against the cluster, or blank
 */
@ConfigurationProperties(prefix = "pejling.search")
public record SearchProperties(String indexDir, Extraction extraction, String url, String indexName, String username,
                               String password) {

    public SearchProperties {
        extraction = extraction == null ? new Extraction(null, null, null) : extraction;
        indexName = indexName == null || indexName.isBlank() ? "pejling" : indexName.strip();
    }

    public boolean onOpenSearch() {
        return url != null && !url.isBlank();
    }

    /** Without the password, so that a logged or printed configuration never shows it. */
    @Override
    public String toString() {
        return "SearchProperties[indexDir=" + indexDir + ", extraction=" + extraction + ", url=" + url + ", indexName="
                + indexName + ", username=" + username + ", password=" + (password == null || password.isEmpty() ? "" : "***") + "]";
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
