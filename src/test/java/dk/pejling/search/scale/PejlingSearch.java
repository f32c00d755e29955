package dk.pejling.search.scale;

import dk.pejling.search.SearchDocument;
import dk.pejling.search.SearchRequest;
import dk.pejling.search.SearchResults;
import dk.pejling.search.SearchType;
import dk.pejling.search.index.SearchIndex;
import dk.pejling.shared.Viewer;
import java.io.IOException;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Pejling's whole search path on one backend, as the API runs it for an anonymous visitor: the Danish analysis, the
 * access filter in the query, facets, highlighted snippets and the "mente du" check, through {@link SearchIndex}.
 * Each passage is one public document (no title), so its words are ranked exactly as in the raw systems.
 */
final class PejlingSearch implements BenchSystem {

    private final String name;
    private final SearchIndex index;
    private final ToLongFunction<SearchIndex> size;
    private final String notes;

    PejlingSearch(String name, SearchIndex index, ToLongFunction<SearchIndex> size, String notes) {
        this.name = name;
        this.index = index;
        this.size = size;
        this.notes = notes;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void index(Iterable<Passage> passages) {
        index.clear();
        for (Passage p : passages) {
            index.add("bench", p.id(), List.of(document(p)));
        }
        index.commit();
    }

    static SearchDocument document(Passage p) {
        return new SearchDocument(SearchType.DOCUMENT, p.id(), "", p.text(), "/b/" + p.id(),
                SearchDocument.Access.everyone(), List.of(), List.of(), 2018);
    }

    @Override
    public List<String> search(String query) {
        SearchResults results = index.search(new SearchRequest(query, null, null, null, null, 0, 10), Viewer.anonymous());
        return results.items().stream().map(SearchResults.Item::id).toList();
    }

    @Override
    public long sizeBytes() {
        return size.applyAsLong(index);
    }

    @Override
    public String notes() {
        return notes;
    }

    SearchIndex index() {
        return index;
    }

    @Override
    public void close() throws IOException {
        if (index instanceof dk.pejling.search.index.OpenSearchSearchIndex openSearch) {
            openSearch.drop(); // the benchmark's indexes do not stay on the node
        }
        index.close();
    }
}
