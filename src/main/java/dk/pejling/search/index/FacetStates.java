package dk.pejling.search.index;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * The facet ordinals of the current reader, built once per reader rather than once per search: building
 * them reads every facet value of the index, which is cheap for the demo and not for a million documents.
 */
final class FacetStates {

    private record Cached(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    private final AtomicReference<Cached> current = new AtomicReference<>();

    SortedSetDocValuesReaderState of(IndexReader reader) throws IOException {
        Cached cached = current.get();
        if (cached != null && cached.reader() == reader) {
            return cached.state();
        }
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, Fields.FACETS);
        current.set(new Cached(reader, state));
        return state;
    }
}
