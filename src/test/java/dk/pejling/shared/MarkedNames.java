package dk.pejling.shared;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated names of people as someone would mark them for redaction: two or three parts in Latin
 * with diacritics, Greek, Cyrillic, Hebrew, Devanagari or Han letters, joined by spaces, hyphens and
 * apostrophes (straight and typographic), and the same name as typed into a rich-text field, where
 * some of its characters may be written as HTML character references.
 */
public final class MarkedNames {

    /** A name: {@code written} is what the user typed between the brackets, {@code name} what it reads as. */
    public record Name(String name, String written) {
    }

    private static final List<String> ALPHABETS = List.of(
            "abcdefghijklmnopqrstuvwxyzæøåéèüöñçß", "αβγδεζηθικλμνξοπρστυφχψω", "абвгдежзийклмнопрстуфхцчшщыэюя",
            "אבגדהוזחטיכלמנסעפצקרשת", "कखगघचछजझटठडढणतथदधनपफबभमयरलवशसह", "王李张刘陈杨黄赵吴周");
    private static final List<String> JOINERS = List.of(" ", "-", "'", "\u2019", " O'", " d'", "-");

    private MarkedNames() {
    }

    public static Arbitrary<Name> names() {
        Arbitrary<String> part = Arbitraries.of(ALPHABETS).flatMap(letters -> Arbitraries.strings()
                .withChars(letters.toCharArray()).ofMinLength(3).ofMaxLength(9))
                .map(p -> p.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + p.substring(1));
        Arbitrary<String> joiner = Arbitraries.of(JOINERS);
        Arbitrary<Boolean> third = Arbitraries.of(true, false);
        Arbitrary<Integer> escaping = Arbitraries.integers().between(0, 3);
        return Combinators.combine(part, joiner, part, third, joiner, part, escaping).as((a, j1, b, more, j2, c, esc) -> {
            String name = a + j1 + b + (more ? j2 + c : "");
            return new Name(name, written(name, esc));
        });
    }

    /** The name as typed: plain, with apostrophes as references, every non-ASCII letter as a reference, or both. */
    static String written(String name, int escaping) {
        StringBuilder out = new StringBuilder();
        for (char ch : name.toCharArray()) {
            if ((ch == '\'' || ch == '\u2019') && (escaping & 1) != 0) {
                out.append(ch == '\'' ? "&#39;" : "&rsquo;");
            } else if (ch > 127 && (escaping & 2) != 0) {
                out.append("&#").append((int) ch).append(';');
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
