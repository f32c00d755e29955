package dk.pejling.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LIX, the Danish readability index: words per sentence plus the percentage of long words (more than
 * six letters). Below 30 is very easy, 30–40 easy (the aim for public texts), above 40 harder to read.
 * Shown to editors while they write texts the portal publishes; it warns, it never blocks. The same
 * formula runs in pejling.js as they type.
 */
public final class Lix {

    /** Above this, editors are told the text may be hard to read. */
    public static final int WARN_ABOVE = 40;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'][\\p{L}\\p{N}]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:]+(?=\\s|$)|\\n\\s*\\n");

    private Lix() {
    }

    /** The LIX of a text, rounded; null for a text without words. Markup is ignored. */
    public static Integer score(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.replaceAll("<[^>]*>", " ").replaceAll("\\[\\[([^\\]]*)]]", "$1");
        int words = 0;
        int longWords = 0;
        Matcher w = WORD.matcher(plain);
        while (w.find()) {
            words++;
            if (w.group().codePointCount(0, w.group().length()) > 6) {
                longWords++;
            }
        }
        if (words == 0) {
            return null;
        }
        int sentences = 0;
        Matcher s = SENTENCE_END.matcher(plain.strip());
        while (s.find()) {
            sentences++;
        }
        if (sentences == 0 || !plain.strip().matches("(?s).*[.!?:]$")) {
            sentences++; // the last sentence needs no full stop
        }
        return (int) Math.round((double) words / sentences + 100.0 * longWords / words);
    }

    public static boolean hard(Integer score) {
        return score != null && score > WARN_ABOVE;
    }
}
