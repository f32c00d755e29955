package dk.pejling.search.index;

import dk.pejling.shared.Viewer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.QueryBuilder;

/**
 * "Mente du …?": each word of the query that the viewer's documents do not contain is replaced by the
 * closest word that they do contain. A word the search itself finds (an inflection or a compound that the
 * Danish analysis matches, "beskæftigelsesindsats" in "beskæftigelsesindsatsen") is not misspelt and is not
 * looked up; a word is "contained" as soon as one readable document holds it, so no check counts all hits. The candidates come from the whole index, but a candidate is taken
 * only when a document the viewer may read contains it, so a suggestion never reveals a word from a record
 * the viewer cannot see (and the public's words are taken from the published text, without marked names).
 */
final class Suggestions {

    private static final int CANDIDATES = 8;

    /** Analyzers are thread-safe and keep their token streams per thread: one for every search. */
    private static final Analyzer WORDS = Analyzers.words();

    private final IndexSearcher searcher;
    private final Viewer viewer;
    private final Analyzer queryAnalyzer;
    private final String field;
    private final String textField;
    private final DirectSpellChecker spelling = new DirectSpellChecker();

    Suggestions(IndexSearcher searcher, Analyzer queryAnalyzer, Viewer viewer, boolean published) {
        this.searcher = searcher;
        this.viewer = viewer;
        this.queryAnalyzer = queryAnalyzer;
        this.field = published ? Fields.PUBLIC_WORDS : Fields.WORDS;
        this.textField = published ? Fields.PUBLIC_TEXT : Fields.TEXT;
        spelling.setMinPrefix(1);
    }

    /** The corrected query, or null when every word is found or no better word exists. */
    String suggest(String q) throws IOException {
        List<String> typed = tokens(q);
        List<String> corrected = new ArrayList<>(typed.size());
        boolean changed = false;
        for (String word : typed) {
            if (word.length() < 3 || visible(word) || foundByAnalysis(word)) {
                corrected.add(word);
                continue;
            }
            String better = null;
            for (SuggestWord candidate : spelling.suggestSimilar(new Term(field, word), CANDIDATES,
                    searcher.getIndexReader(), SuggestMode.SUGGEST_ALWAYS)) {
                if (visible(candidate.string)) {
                    better = candidate.string;
                    break;
                }
            }
            changed |= better != null;
            corrected.add(better == null ? word : better);
        }
        return changed ? String.join(" ", corrected) : null;
    }

    private boolean visible(String word) throws IOException {
        return anyReadable(new TermQuery(new Term(field, word)));
    }

    /** Whether the word, analysed as the search analyses it, finds a document the viewer may read. */
    private boolean foundByAnalysis(String word) throws IOException {
        Query query = new QueryBuilder(queryAnalyzer).createBooleanQuery(textField, word, BooleanClause.Occur.SHOULD);
        return query != null && anyReadable(query);
    }

    /** Whether at least one live document the viewer may read matches; stops at the first. */
    private boolean anyReadable(Query query) throws IOException {
        Query readable = ViewerFilter.restrict(query, viewer);
        Weight weight = searcher.createWeight(searcher.rewrite(readable), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<String> tokens(String q) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = WORDS.tokenStream(field, q)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
