package dk.pejling.search.scale;

import dk.pejling.search.analysis.PejlingDanishAnalyzer;
import dk.pejling.search.index.LuceneSearchIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.QueryBuilder;

/**
 * The second yardstick, "raw Lucene, same answer": a plain IndexSearcher on the very index Pejling's search built,
 * returning what Pejling's answer holds, written the way Lucene's documentation shows it and with no viewer filter:
 * the top 10 of the same words over title (boosted 2, as Pejling) and text with Pejling's query analysis, their
 * stored type, id, url and title, a stock {@link UnifiedHighlighter} snippet per hit (two passages of the text, one of
 * the title, default options), facets over all the hits with {@link FacetsCollectorManager#search} and
 * {@link SortedSetDocValuesFacetCounts}, and a {@link DirectSpellChecker} suggestion for each query word not in the
 * index. The published fields (the anonymous public's), as Pejling's benchmark row searches. Public so
 * {@code SearchPhaseProfile} can time it beside the phases.
 */
public final class RawLuceneSameAnswer implements BenchSystem {

    private static final String TITLE = "public_title";
    private static final String TEXT = "public_text";
    private static final String WORDS = "public_words";

    private final LuceneSearchIndex index;
    private final Analyzer analyzer = PejlingDanishAnalyzer.forQueries();
    private final DirectSpellChecker spellChecker = new DirectSpellChecker();
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private SortedSetDocValuesReaderState facetState;

    RawLuceneSameAnswer(LuceneSearchIndex index) {
        this.index = index;
    }

    /** On a searcher the caller owns (the profile's). */
    public RawLuceneSameAnswer(IndexSearcher searcher) throws IOException {
        this.index = null;
        use(searcher);
    }

    private void use(IndexSearcher searcher) throws IOException {
        this.searcher = searcher;
        // built once per reader, as the facet module's documentation does: it maps every label's ordinal
        this.facetState = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), new FacetsConfig());
    }

    @Override
    public String name() {
        return "raw Lucene, same answer (same index)";
    }

    @Override
    public void index(Iterable<Passage> passages) throws IOException {
        reader = index.reader();
        use(new IndexSearcher(reader));
    }

    @Override
    public List<String> search(String q) throws IOException {
        return answer(q).ids();
    }

    /** What the answer holds: ids (the rest is kept so that none of the work can be skipped as unused). */
    public record Answer(List<String> ids, List<String> snippets, List<FacetResult> facets, List<String> suggestions) {
    }

    public Answer answer(String q) throws IOException {
        QueryBuilder builder = new QueryBuilder(analyzer);
        Query title = builder.createBooleanQuery(TITLE, q, BooleanClause.Occur.SHOULD);
        Query text = builder.createBooleanQuery(TEXT, q, BooleanClause.Occur.SHOULD);
        if (title == null && text == null) {
            return new Answer(List.of(), List.of(), List.of(), List.of());
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        if (title != null) {
            words.add(new BoostQuery(title, 2f), BooleanClause.Occur.SHOULD);
        }
        if (text != null) {
            words.add(text, BooleanClause.Occur.SHOULD);
        }
        Query query = words.build();

        FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query, 10,
                new FacetsCollectorManager());
        Facets facets = new SortedSetDocValuesFacetCounts(facetState, result.facetsCollector());
        List<FacetResult> dims = facets.getAllDims(20);

        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
        var highlights = highlighter.highlightFields(new String[] {TEXT, TITLE}, query, result.topDocs(), new int[] {2, 1});
        List<String> ids = new ArrayList<>();
        List<String> snippets = new ArrayList<>();
        ScoreDoc[] hits = result.topDocs().scoreDocs;
        for (int i = 0; i < hits.length; i++) {
            Document doc = searcher.storedFields().document(hits[i].doc, java.util.Set.of("type", "id", "url", TITLE));
            ids.add(doc.get("id"));
            String snippet = highlights.get(TEXT)[i];
            snippets.add(snippet != null && snippet.contains("<b>") ? snippet : highlights.get(TITLE)[i]);
        }

        List<String> suggestions = new ArrayList<>();
        for (String word : q.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.isBlank()) {
                continue;
            }
            SuggestWord[] similar = spellChecker.suggestSimilar(new Term(WORDS, word), 1, searcher.getIndexReader(),
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            suggestions.add(similar.length == 0 ? word : similar[0].string);
        }
        return new Answer(ids, snippets, dims, suggestions);
    }

    @Override
    public long sizeBytes() {
        return 0; // the same index as Pejling's search
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        analyzer.close();
    }
}
