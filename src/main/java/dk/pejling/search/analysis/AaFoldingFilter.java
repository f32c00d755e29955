package dk.pejling.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds the old Danish spelling "aa" to "å" ("Aabenraa" and "Åbenrå" meet), and nothing else. Lucene's
 * Scandinavian normalisation also folds ae/oe/oo/ao, which wrongly turns "Michael" into "michæl" and
 * "koordinator" into "kørdinator"; Danish needs only this one. Runs after lower-casing.
 */
public final class AaFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public AaFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        int out = 0;
        for (int in = 0; in < length; in++) {
            char c = buffer[in];
            if (c == 'a' && in + 1 < length && buffer[in + 1] == 'a') {
                buffer[out++] = 'å';
                in++;
            } else {
                buffer[out++] = c;
            }
        }
        term.setLength(out);
        return true;
    }
}
