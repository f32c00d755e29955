package dk.pejling.search.scale;

import dk.pejling.search.analysis.PejlingDanishAnalyzer;
import dk.pejling.search.index.LuceneSearchIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.QueryBuilder;

/**
 * The yardstick: a plain Lucene IndexSearcher on the very index Pejling's search uses, the same words
 * (the published text, Pejling's query analysis) and nothing else: no access filter, facets, snippets or suggestion.
 * Indexes nothing itself: it reads the index {@link PejlingSearch} built.
 */
final class RawSearcherOnPejlingIndex implements BenchSystem {

    private final LuceneSearchIndex index;
    private final Analyzer analyzer = PejlingDanishAnalyzer.forQueries();
    private DirectoryReader reader;
    private IndexSearcher searcher;

    RawSearcherOnPejlingIndex(LuceneSearchIndex index) {
        this.index = index;
    }

    @Override
    public String name() {
        return "raw IndexSearcher, same index";
    }

    @Override
    public void index(Iterable<Passage> passages) throws IOException {
        reader = index.reader();
        searcher = new IndexSearcher(reader);
    }

    @Override
    public List<String> search(String query) throws IOException {
        Query q = new QueryBuilder(analyzer).createBooleanQuery("public_text", query, BooleanClause.Occur.SHOULD);
        List<String> ids = new ArrayList<>();
        if (q == null) {
            return ids;
        }
        for (ScoreDoc hit : searcher.search(q, 10).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get("id"));
        }
        return ids;
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
