package dk.pejling.proceedings.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The text of a minutes item (recommendation, description, decision) as a person reads it: paragraphs
 * where the minutes have blank lines, lists where lines start with a bullet or a number, and web
 * addresses as links. Pages use it as {@code @minutesText}; the text stays escaped (no HTML from the
 * minutes reaches the page), and only http and https addresses become links.
 */
@Component("minutesText")
public class MinutesText {

    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-•*–·▪]|\\d{1,2}[.)])\\s+(.*)$");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"\\[\\]]+");

    /** A piece of text, with the address it links to when it is one. */
    public record Segment(String text, String href) {
    }

    /** A paragraph (one item) or a list (an item per line); {@code ordered} for a numbered list. */
    public record Block(boolean list, boolean ordered, List<List<Segment>> items) {
    }

    public List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return blocks;
        }
        for (String chunk : BLANK_LINE.split(text.replace("\r\n", "\n").strip())) {
            List<String> paragraph = new ArrayList<>();
            List<List<Segment>> list = new ArrayList<>();
            boolean ordered = false;
            for (String line : chunk.split("\n")) {
                Matcher bullet = BULLET.matcher(line);
                if (bullet.matches()) {
                    flushParagraph(paragraph, blocks);
                    if (list.isEmpty()) {
                        ordered = Character.isDigit(line.strip().charAt(0));
                    }
                    list.add(segments(bullet.group(1).strip()));
                } else if (!line.isBlank()) {
                    flushList(list, ordered, blocks);
                    paragraph.add(line.strip());
                }
            }
            flushParagraph(paragraph, blocks);
            flushList(list, ordered, blocks);
        }
        return blocks;
    }

    /** The words and addresses of one line: the addresses as links, without the full stop that ends a sentence. */
    public List<Segment> segments(String text) {
        List<Segment> segments = new ArrayList<>();
        if (text == null) {
            return segments;
        }
        Matcher m = URL.matcher(text);
        int at = 0;
        while (m.find()) {
            String url = m.group().replaceAll("[.,;:!?)\\]]+$", "");
            if (m.start() > at) {
                segments.add(new Segment(text.substring(at, m.start()), null));
            }
            segments.add(new Segment(url, url));
            at = m.start() + url.length();
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), null));
        }
        return segments;
    }

    private void flushParagraph(List<String> lines, List<Block> blocks) {
        if (!lines.isEmpty()) {
            // Lines inside a paragraph keep their breaks (the page shows it with white-space: pre-line).
            blocks.add(new Block(false, false, List.of(segments(String.join("\n", lines)))));
            lines.clear();
        }
    }

    private static void flushList(List<List<Segment>> items, boolean ordered, List<Block> blocks) {
        if (!items.isEmpty()) {
            blocks.add(new Block(true, ordered, List.copyOf(items)));
            items.clear();
        }
    }
}
