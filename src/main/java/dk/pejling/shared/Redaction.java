package dk.pejling.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of people marked in a text as {@code [[Jens Hansen]]}. Staff see the marked name; what is
 * published replaces each distinct name with a neutral label, "[person 1]", "[person 2]", the same
 * label for the same name throughout one page, file or report, so a reader can still follow who did
 * what. Names that the source already redacted ("Xxxxx" in seed 003) are plain text and stay as they are.
 */
public final class Redaction {

    /** A letter first, then letters, spaces, dots, hyphens and apostrophes: never a JSON array or a number. */
    static final Pattern MARKED = Pattern.compile("\\[\\[(\\p{L}[\\p{L} .'\\-]{0,98})]]");
    private static final byte[] OPENING = {'[', '['};

    private Redaction() {
    }

    /** The text as published: every marked name replaced by its label. */
    public static String forPublic(String text) {
        return new Labels().publish(text);
    }

    /** Labels shared by all the texts of one document, so a name gets the same label throughout. */
    public static final class Labels {

        private final Map<String, String> byName = new LinkedHashMap<>();

        public String publish(String text) {
            if (text == null || !text.contains("[[")) {
                return text;
            }
            Matcher m = MARKED.matcher(text);
            StringBuilder out = new StringBuilder(text.length());
            while (m.find()) {
                String name = m.group(1).strip().replaceAll("\\s+", " ");
                String label = byName.computeIfAbsent(name, n -> "[person " + (byName.size() + 1) + "]");
                m.appendReplacement(out, Matcher.quoteReplacement(label));
            }
            m.appendTail(out);
            return out.toString();
        }
    }

    /** Whether the bytes may hold a marked name, checked before decoding a whole response. */
    public static boolean mayContainMarks(byte[] content) {
        for (int i = 0; i + 1 < content.length; i++) {
            if (content[i] == OPENING[0] && content[i + 1] == OPENING[1]) {
                return true;
            }
        }
        return false;
    }
}
