package dk.pejling.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Names of people marked in a text as {@code [[Jens Hansen]]}. Staff see the marked name; what is
 * published replaces each distinct name with a neutral label, "[person 1]", "[person 2]", the same
 * label for the same name throughout one page, file or report, so a reader can still follow who did
 * what. Names that the source already redacted ("Xxxxx" in seed 003) are plain text and stay as they are.
 *
 * <p>One rule for every output, and it must hold whatever escaping the text went through before it
 * gets here: the rich-text sanitiser stores {@code '} as {@code &#39;}, a template escapes the
 * {@code &} of that again ({@code &amp;#39;}), a JSON writer may write {@code \u0027}. So the pattern
 * takes a name as a run of letters, marks, spaces, dots, hyphens and apostrophes <em>or</em> of such
 * escapes; the run is decoded and then checked against the name rule, so {@code [[&quot;a&quot;]]}
 * (escaped JSON) is still no name.
 */
public final class Redaction {

    /** An HTML character reference, possibly escaped again ({@code &amp;#39;}), or a JSON unicode escape. */
    private static final String ESCAPE = "&(?:amp;)*(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
            + "|\\\\u[0-9a-fA-F]{4}";
    /** Candidates: up to a few hundred characters of name characters or escapes between the brackets. */
    static final Pattern MARKED = Pattern.compile("\\[\\[((?:[\\p{L}\\p{M}\\p{Zs} .'\\-\u2019]|" + ESCAPE + "){1,600}?)]]");
    /** The decoded name: a letter first, then letters, marks, spaces, dots, hyphens and apostrophes; never a JSON array or a number. */
    private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{Zs} .'\\-\u2019]{0,98}");
    private static final Pattern JSON_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
    private static final byte[] OPENING = {'[', '['};

    private Redaction() {
    }

    /** The text as published: every marked name replaced by its label. */
    public static String forPublic(String text) {
        return new Labels().publish(text);
    }

    /** The name as written, whatever escaping the marked text went through; null when it is no name. */
    static String decodedName(String marked) {
        String name = marked;
        for (int i = 0; i < 4 && (name.indexOf('&') >= 0 || name.indexOf('\\') >= 0); i++) {
            Matcher json = JSON_ESCAPE.matcher(name);
            StringBuilder out = new StringBuilder();
            while (json.find()) {
                json.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(json.group(1), 16))));
            }
            json.appendTail(out);
            name = HtmlUtils.htmlUnescape(out.toString());
        }
        name = name.replaceAll("[\\p{Zs}\\s]+", " ").strip().replace('\u2019', '\'');
        return NAME.matcher(name).matches() ? name : null;
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
                String name = decodedName(m.group(1));
                if (name == null) {
                    m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                    continue;
                }
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
