package dk.pejling.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** What the Danish analysis must do that the stock DanishAnalyzer does not, and what it must not do. */
class PejlingDanishAnalyzerTest {

    private static final Analyzer PEJLING = new PejlingDanishAnalyzer();
    private static final Analyzer STOCK = new DanishAnalyzer();

    @AfterAll
    static void close() {
        PEJLING.close();
        STOCK.close();
    }

    @Test
    void baseWordFindsTheCompoundThatContainsIt() {
        assertThat(meet(PEJLING, "indsats", "beskæftigelsesindsatsen")).isTrue();
        assertThat(meet(PEJLING, "tryghed", "tryghedsvandringer")).isTrue();
        assertThat(meet(PEJLING, "kriminalitet", "kriminalitetsforebyggelse")).isTrue();
        assertThat(meet(PEJLING, "forebyggelse", "kriminalitetsforebyggelse")).isTrue();
        assertThat(meet(PEJLING, "bolig", "boligforeningen")).isTrue();
        // the stock analyser keeps the compound whole: this is what the decompounder adds
        assertThat(meet(STOCK, "indsats", "beskæftigelsesindsatsen")).isFalse();
    }

    @Test
    void inflectedFormsOfTheSameWordMeet() {
        assertThat(meet(PEJLING, "indsats", "indsatsen")).isTrue();
        assertThat(meet(PEJLING, "indsatser", "indsats")).isTrue();
        // Snowball alone stems "indsats" to "indsat" and "indsatsen" to "indsats"
        assertThat(meet(STOCK, "indsats", "indsatsen")).isFalse();
    }

    @Test
    void oldAaSpellingMeetsTheLetterAa() {
        assertThat(meet(PEJLING, "Aabenraa", "Åbenrå")).isTrue();
        assertThat(meet(PEJLING, "Aalborg", "Ålborg")).isTrue();
        assertThat(meet(STOCK, "Aabenraa", "Åbenrå")).isFalse();
    }

    @Test
    void foldsNoOtherScandinavianLetterPairs() {
        assertThat(terms(PEJLING, "Michael")).contains("michael").doesNotContain("michæl");
        assertThat(terms(PEJLING, "koordinator")).contains("koordinator").noneMatch(t -> t.contains("ø"));
        assertThat(terms(PEJLING, "poesi")).noneMatch(t -> t.contains("ø"));
        assertThat(meet(PEJLING, "rød", "rod")).isFalse();
    }

    @Test
    void splitsCompoundsWithÆøåOnHyphenationPoints() {
        // every letter must be in the grammar's classes, or words with æ/ø/å are silently never split
        assertThat(terms(PEJLING, "beskæftigelsesindsatsen")).contains("beskæftigelsesindsatsen", "beskæftigelse");
        assertThat(terms(PEJLING, "ungdomsklubber")).contains("ungdom", "klub");
    }

    @Test
    void keepsShortAndUnknownWordsWhole() {
        assertThat(terms(PEJLING, "mål")).containsExactly("mål");
        assertThat(terms(PEJLING, "xyzzyplugh")).containsExactly("xyzzyplugh");
    }

    @Test
    void dropsDanishStopWords() {
        assertThat(terms(PEJLING, "og i det")).isEmpty();
    }

    static boolean meet(Analyzer analyzer, String query, String text) {
        Set<String> common = new LinkedHashSet<>(terms(analyzer, query));
        common.retainAll(terms(analyzer, text));
        return !common.isEmpty();
    }

    static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
