package dk.pejling.search.index;

import dk.pejling.shared.Viewer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Mente du …?": each word of the query that the viewer's documents do not contain is replaced by the
 * closest word that they do contain. The candidates come from the whole index, but a candidate is taken
 * only when a document the viewer may read contains it, so a suggestion never reveals a word from a record
 * the viewer cannot see (and the public's words are taken from the published text, without marked names).
 */
final class Suggestions {

    private static final int CANDIDATES = 8;

    private final IndexSearcher searcher;
    private final String field;
    private final DirectSpellChecker spelling = new DirectSpellChecker();
    private final Analyzer words = Analyzers.words();

    Suggestions(IndexSearcher searcher, Viewer viewer, boolean published) {
        this.searcher = searcher;
        this.field = published ? Fields.PUBLIC_WORDS : Fields.WORDS;
        spelling.setMinPrefix(1);
    }

    /** The corrected query, or null when every word is found or no better word exists. */
    String suggest(String q, Query access) throws IOException {
        List<String> typed = tokens(q);
        List<String> corrected = new ArrayList<>(typed.size());
        boolean changed = false;
        for (String word : typed) {
            if (word.length() < 3 || visible(word, access)) {
                corrected.add(word);
                continue;
            }
            String better = null;
            for (SuggestWord candidate : spelling.suggestSimilar(new Term(field, word), CANDIDATES,
                    searcher.getIndexReader(), SuggestMode.SUGGEST_ALWAYS)) {
                if (visible(candidate.string, access)) {
                    better = candidate.string;
                    break;
                }
            }
            changed |= better != null;
            corrected.add(better == null ? word : better);
        }
        return changed ? String.join(" ", corrected) : null;
    }

    private boolean visible(String word, Query access) throws IOException {
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(field, word)), BooleanClause.Occur.MUST)
                .add(access, BooleanClause.Occur.FILTER)
                .build();
        return searcher.count(query) > 0;
    }

    private List<String> tokens(String q) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = words.tokenStream(field, q)) {
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
