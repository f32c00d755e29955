package dk.pejling.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.HyphenationCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * Pejling's Danish analysis, the same at index and query time:
 * <ol>
 * <li>standard tokens, lower case, Danish stop words;</li>
 * <li>decompounding on hyphenation points, keeping only parts that are base words: the stock analysers
 *     keep "beskæftigelsesindsatsen" whole, so "indsats" never finds it. The filter also tries a part
 *     one letter shorter, which drops the linking s/e ("beskæftigelses" → "beskæftigelse");</li>
 * <li>aa → å for Danish only ({@link AaFoldingFilter}), after decompounding so that the word list sees
 *     the words as written, and without the other Scandinavian foldings that turn "Michael" into "michæl";</li>
 * <li>keyword-repeat before the Snowball stemmer, so every token is kept both as written and stemmed:
 *     Snowball stems "indsats" to "indsat" but "indsatsen" to "indsats", and only the unstemmed copy
 *     lets the two meet; duplicates are then removed so a plain word does not count twice.</li>
 * </ol>
 */
public final class PejlingDanishAnalyzer extends Analyzer {

    /** Words shorter than this are not split; parts shorter or longer than the bounds are not kept. */
    static final int MIN_WORD = 7;
    static final int MIN_PART = 4;
    static final int MAX_PART = 20;

    private final DanishAnalysis resources;
    private final boolean decompound;

    /** The index-time analysis, with decompounding. */
    public PejlingDanishAnalyzer() {
        this(DanishAnalysis.resources(), true);
    }

    /**
     * @param decompound whether compounds are split. The index splits them, so that "indsats" finds
     *                   "beskæftigelsesindsatsen"; a query keeps its words whole, so that "beskæftigelsesindsats"
     *                   does not turn into "beskæftigelse OR indsats" and lose its precision.
     */
    public PejlingDanishAnalyzer(DanishAnalysis resources, boolean decompound) {
        this.resources = resources;
        this.decompound = decompound;
    }

    /** The query-time analysis: the same chain without decompounding. */
    public static PejlingDanishAnalyzer forQueries() {
        return new PejlingDanishAnalyzer(DanishAnalysis.resources(), false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, resources.stopWords());
        if (decompound) {
            stream = new HyphenationCompoundWordTokenFilter(stream, resources.hyphenation(), resources.baseWords(),
                    MIN_WORD, MIN_PART, MAX_PART, false, false, true);
        }
        stream = new AaFoldingFilter(stream);
        stream = new KeywordRepeatFilter(stream);
        stream = new SnowballFilter(stream, new DanishStemmer());
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new AaFoldingFilter(new LowerCaseFilter(in));
    }
}
