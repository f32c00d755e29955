package dk.pejling.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.shared.MarkedNames.Name;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * A marked name never survives publication, whatever escaping the stored text went through on its way
 * out: the sanitiser's ({@code '} stored as {@code &#39;}), a template's escaping of that again, a JSON
 * writer's, or several of them.
 */
class RedactionPropertiesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Provide
    Arbitrary<Name> names() {
        return MarkedNames.names();
    }

    @Property(tries = 500)
    void aMarkedNameNeverSurvivesPublicationInAnyEscaping(@ForAll("names") Name name) {
        String stored = RichText.sanitize("<p>Aftalt med [[" + name.written() + "]] og [[Eva Holm]].</p>");
        String[] outputs = {
            stored,
            HtmlUtils.htmlEscape(stored),
            JSON.writeValueAsString(stored),
            JSON.writeValueAsString(HtmlUtils.htmlEscape(stored)),
            asciiJson(stored),
            RichText.plain(stored),
        };
        for (String output : outputs) {
            String published = Redaction.forPublic(output);
            assertThat(decoded(published)).as(output).doesNotContain(name.name()).doesNotContain("Eva Holm")
                    .contains("[person 1]").contains("[person 2]");
        }
    }

    @Property(tries = 200)
    void theSameNameGetsTheSameLabelInEveryEscaping(@ForAll("names") Name name) {
        Redaction.Labels labels = new Redaction.Labels();
        String stored = RichText.sanitize("<p>[[" + name.written() + "]]</p>");
        assertThat(labels.publish("[[" + name.name() + "]]")).isEqualTo("[person 1]");
        assertThat(labels.publish(stored)).isEqualTo("<p>[person 1]</p>");
        assertThat(labels.publish(HtmlUtils.htmlEscape(stored))).contains("[person 1]").doesNotContain("[person 2]");
    }

    /** A JSON writer that escapes everything outside ASCII, as some clients and proxies do. */
    private static String asciiJson(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            out.append(ch < 128 && ch != '\'' ? String.valueOf(ch) : String.format("\\u%04x", (int) ch));
        }
        return out.append('"').toString();
    }

    /** What a reader of the answer sees: JSON escapes and (double) HTML escaping undone. */
    static String decoded(String text) {
        String s = text;
        for (int i = 0; i < 3; i++) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(s);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                        String.valueOf((char) Integer.parseInt(m.group(1), 16))));
            }
            m.appendTail(out);
            s = HtmlUtils.htmlUnescape(out.toString());
        }
        return s.replace('\u00a0', ' ');
    }
}
