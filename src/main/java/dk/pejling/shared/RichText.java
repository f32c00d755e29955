package dk.pejling.shared;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Rich text as the documents use it: paragraphs, lists, underlined headings, emphasis and links.
 * Everything else, script and event handlers first of all, is removed by an allow-list sanitiser
 * before the text is stored, so it can be rendered unescaped anywhere later.
 */
public final class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "ul", "ol", "li", "u", "strong", "b", "em", "i", "h3", "h4", "blockquote")
            .allowElements("a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private RichText() {
    }

    /** The sanitised HTML, or null for blank input. */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = POLICY.sanitize(html.strip()).strip();
        return clean.isEmpty() ? null : clean;
    }

    /** The text without any markup, e.g. for a required-note check or a plain-text export. */
    public static String plain(String html) {
        if (html == null) {
            return "";
        }
        String sanitized = POLICY.sanitize(html);
        return org.springframework.web.util.HtmlUtils.htmlUnescape(sanitized.replaceAll("<[^>]+>", " "))
                .replaceAll("\\s+", " ").strip();
    }
}
