package dk.pejling.search.index;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The snippet highlighters of the current searcher. A {@link PageHighlighter} is made per search (it keeps the
 * page's stored values) from what stays the same for the reader: the merged field infos, which a new highlighter
 * would otherwise read again from every segment. A refreshed searcher gets new ones.
 */
final class Highlighters {

    /**
     * The longest part of a text the highlighter reads. The words' offsets come from the postings, so a longer text
     * costs only its copy; a word found only past this point leaves the snippet unmarked (the title, or the text's
     * opening, is shown instead).
     */
    static final int MAX_LENGTH = 100_000;

    private record Cached(IndexSearcher searcher, FieldInfos fieldInfos) {
    }

    private final AtomicReference<Cached> current = new AtomicReference<>();
    private final Analyzer analyzer;

    Highlighters(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    PageHighlighter forPage(IndexSearcher searcher) {
        Cached cached = current.get();
        if (cached == null || cached.searcher() != searcher) {
            cached = new Cached(searcher, FieldInfos.getMergedFieldInfos(searcher.getIndexReader()));
            current.set(cached);
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(MAX_LENGTH)
                .withWeightMatches(false);
        return new PageHighlighter(builder, cached.fieldInfos());
    }
}
