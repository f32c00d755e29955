package dk.pejling.search.index;

import dk.pejling.search.SearchDocument;
import dk.pejling.search.SearchRequest;
import dk.pejling.search.SearchResults;
import dk.pejling.shared.Viewer;
import java.io.Closeable;
import java.util.List;

/**
 * Where the search keeps its documents and runs its queries: the embedded {@link LuceneSearchIndex} (the default)
 * or {@link dk.pejling.search.opensearch.OpenSearchSearchIndex} (with {@code PEJLING_SEARCH_URL}). Both analyse
 * Danish the same way, both put the viewer's reach inside the query, and both pass the same contract test
 * ({@code SearchIndexContract}), so the rest of the module does not know which one runs.
 */
public interface SearchIndex extends Closeable {

    /** Replaces every document of one source key with these (none: the key's documents are removed), durably. */
    void replace(String source, String key, List<SearchDocument> documents);

    /** Starts a rebuild: removes everything; the caller then {@link #add}s every source's documents and commits. */
    void clear();

    /** Replaces a key's documents as part of a rebuild; {@link #commit()} makes them durable and searchable. */
    void add(String source, String key, List<SearchDocument> documents);

    void commit();

    /** Whether the index has never been built (a new data dir or cluster, or one from before the search existed). */
    boolean isEmpty();

    long documentCount();

    /** One search; every hit, total, facet count, snippet and suggestion is taken within the viewer's reach. */
    SearchResults search(SearchRequest request, Viewer viewer);
}
