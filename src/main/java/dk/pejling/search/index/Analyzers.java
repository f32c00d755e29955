package dk.pejling.search.index;

import dk.pejling.search.analysis.AaFoldingFilter;
import dk.pejling.search.analysis.PejlingDanishAnalyzer;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The analysers of the index's fields: Danish for the texts, plain lower-cased words for "mente du". */
final class Analyzers {

    private Analyzers() {
    }

    /** Plain words: what a user typed, to be corrected, and what the index holds, to correct it with. */
    static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new AaFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    static Analyzer forIndexing() {
        Analyzer words = words();
        return new PerFieldAnalyzerWrapper(new PejlingDanishAnalyzer(),
                Map.of(Fields.WORDS, words, Fields.PUBLIC_WORDS, words));
    }

    static Analyzer forQueries() {
        Analyzer words = words();
        return new PerFieldAnalyzerWrapper(PejlingDanishAnalyzer.forQueries(),
                Map.of(Fields.WORDS, words, Fields.PUBLIC_WORDS, words));
    }
}
