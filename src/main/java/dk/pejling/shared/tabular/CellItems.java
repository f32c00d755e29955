package dk.pejling.shared.tabular;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one-cell syntax for several structured values, such as an indicator's baselines or an
 * initiative's partners: items separated by {@code |}, each item words separated by spaces, a word
 * either a plain value or {@code label:value}. A value with spaces, {@code |}, {@code :} or quotation
 * marks is written in quotation marks, a quotation mark inside doubled:
 * {@code 62,5 dato:2019-12-31 note:"Måling i ""Tryghedsundersøgelsen"""}. What
 * {@link #write} writes, {@link #parse} reads back as it was.
 */
public final class CellItems {

    private CellItems() {
    }

    /**
     * One item: its plain words in order, and its labelled values by label (lower case; a label named
     * twice keeps the last).
     */
    public record Item(String text, List<String> words, Map<String, String> labelled) {

        public Item {
            words = List.copyOf(words);
            labelled = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labelled));
        }

        /** The value of the first of these labels the item has (a Danish and an English name), or null. */
        public String get(String... labels) {
            for (String label : labels) {
                String value = labelled.get(label);
                if (value != null) {
                    return value;
                }
            }
            return null;
        }
    }

    /** Why a cell does not follow the syntax: {@code item} is the item as written. */
    public static final class SyntaxException extends IllegalArgumentException {
        private final String item;

        SyntaxException(String item) {
            super("unclosed quotation mark in " + item);
            this.item = item;
        }

        public String item() {
            return item;
        }
    }

    /** The items of a cell; none for a blank cell. */
    public static List<Item> parse(String cell) {
        List<Item> items = new ArrayList<>();
        if (cell == null) {
            return items;
        }
        for (String itemText : splitItems(cell)) {
            if (!itemText.isBlank()) {
                items.add(item(itemText.strip()));
            }
        }
        return items;
    }

    /** A labelled word for {@link #write}: nothing is written when the value is null. */
    public record Labelled(String label, String value) {
    }

    /** Writes items, each given as its words in order: a plain value, or a {@link Labelled} one. */
    public static String write(List<List<Object>> items) {
        List<String> written = new ArrayList<>();
        for (List<Object> words : items) {
            List<String> parts = new ArrayList<>();
            for (Object word : words) {
                if (word instanceof Labelled labelled) {
                    if (labelled.value() != null) {
                        parts.add(labelled.label() + ":" + quoted(labelled.value()));
                    }
                } else if (word != null) {
                    parts.add(quoted(word.toString()));
                }
            }
            written.add(String.join(" ", parts));
        }
        return written.isEmpty() ? null : String.join("|", written);
    }

    public static Labelled labelled(String label, String value) {
        return new Labelled(label, value);
    }

    private static List<String> splitItems(String cell) {
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '"') {
                quoted = !quoted; // a doubled quotation mark toggles twice
            }
            if (c == '|' && !quoted) {
                items.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        items.add(current.toString());
        return items;
    }

    private static Item item(String text) {
        List<String> words = new ArrayList<>();
        Map<String, String> labelled = new LinkedHashMap<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            String label = null;
            int colon = labelEnd(text, i);
            if (colon > i) {
                label = text.substring(i, colon).toLowerCase(Locale.ROOT);
                i = colon + 1;
            }
            StringBuilder value = new StringBuilder();
            if (i < text.length() && text.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < text.length()) {
                    char c = text.charAt(i);
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            value.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        closed = true;
                        break;
                    }
                    value.append(c);
                    i++;
                }
                if (!closed) {
                    throw new SyntaxException(text);
                }
            } else {
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    if (text.charAt(i) == '"') {
                        throw new SyntaxException(text);
                    }
                    value.append(text.charAt(i++));
                }
            }
            if (label == null) {
                words.add(value.toString());
            } else {
                labelled.put(label, value.toString());
            }
        }
        return new Item(text, words, labelled);
    }

    /** Where a label's colon is when a label starts at {@code from} (letters, digits and hyphens, then ':'), else -1. */
    private static int labelEnd(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
        }
        return i > from && i < text.length() && text.charAt(i) == ':' && Character.isLetter(text.charAt(from)) ? i : -1;
    }

    private static String quoted(String value) {
        boolean plain = !value.isEmpty() && value.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '|' || c == ':');
        return plain ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
