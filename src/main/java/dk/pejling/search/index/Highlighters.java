package dk.pejling.search.index;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The snippet highlighter of the current searcher, built once per searcher (that is, per reader) rather than
 * once per search: a UnifiedHighlighter is thread-safe and keeps what it learns of the reader (the merged field
 * infos, read again by every new one). A refreshed searcher gets a new highlighter.
 */
final class Highlighters {

    private record Cached(IndexSearcher searcher, UnifiedHighlighter highlighter) {
    }

    private final AtomicReference<Cached> current = new AtomicReference<>();
    private final Analyzer analyzer;

    Highlighters(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    UnifiedHighlighter of(IndexSearcher searcher) {
        Cached cached = current.get();
        if (cached != null && cached.searcher() == searcher) {
            return cached.highlighter();
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(100_000)
                .build();
        current.set(new Cached(searcher, highlighter));
        return highlighter;
    }
}
