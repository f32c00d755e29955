package dk.pejling.proceedings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Minutes published as a PDF transcript (document archives such as docplayer, and PDFs whose text comes out a
 * page to a line): each page is one long line that starts with its page number, so items, field labels and
 * sections run together ("3 1. Godkendelse af dagsorden Dok.nr.: 1965 Sagsid.: 14/40 … Åben sag Beslutning …").
 * This layout puts the line breaks back before item numbers, field labels and section headings, then lets the
 * generic layout read the result. The family is recognised by its shape, never by a municipality's name.
 */
final class PdfTranscriptMinutesLayout implements MinutesLayout {

    private static final int LONG_LINE = 150;
    private static final Pattern PAGE_LINE = Pattern.compile("^\\d{1,3} \\S");
    /** Before an item number ("… 90. Dallund Slot", "…(V).157. Endelig vedtagelse") that starts a capitalised title. */
    private static final Pattern BEFORE_ITEM = Pattern.compile("(?<=[\\s.)])(?=\\d{1,4}\\. \\p{Lu}\\p{L})");
    /** Before a field label or an open/closed mark. */
    private static final Pattern BEFORE_FIELD = Pattern.compile(
            "\\s(?=(?:Sagsnr\\.?:?|Sagsid\\.?:|Sags nr\\.?:|Dok\\.nr\\.?:|J\\.nr\\.?:|Journalnr\\.?:|Initialer:|Åben sag|Lukket sag)(?:\\s|$))");
    /** Before a section heading written as a word of its own ("… Åben sag Beslutning Økonomiudvalget …"). */
    private static final Pattern BEFORE_SECTION = Pattern.compile(
            "(?<! :)\\s(?=(?:Resumé|Resume|Sagsfremstilling|Indstilling|Beslutning|Beslutningstema|Bilag|RESUMÉ|SAGSFREMSTILLING|INDSTILLING|BESLUTNING|BILAG)"
            + "(?:\\s|:|$))");
    private static final Pattern AFTER_FIELD_VALUE = Pattern.compile("^((?:Sagsnr\\.?:|Sagsid\\.?:|Sags nr\\.?:|Dok\\.nr\\.?:|J\\.nr\\.?:"
            + "|Journalnr\\.?:|Initialer:)\\s*\\S+)\\s+(\\S.*)$");

    /**
     * A section heading with its text on the same piece: "Resumé: …", "Beslutning den : …" (the date lost in the
     * transcript), "Beslutning Økonomiudvalget den Godkendt." — the heading goes on a line of its own.
     */
    private static final Pattern HEADING_WITH_TEXT = Pattern.compile(
            "^(Resumé|Resume|Sagsfremstilling|Indstilling|Beslutning|RESUMÉ|SAGSFREMSTILLING|INDSTILLING|BESLUTNING)"
            + "(?: (?:i |for )?(?:\\p{Lu}[\\p{L}-]*(?: [\\p{L}-]+){0,4}? )?den(?: \\d{1,2}[.-]\\S*(?: \\S+ \\d{4})?)?)?"
            + "\\s*:?\\s+(\\S.*)$");

    /**
     * Before the history of an item's treatment ("… for regnskabsåret Økonomiudvalget den 21. marts 2006, pkt. 4") and
     * before a lettered list ("Meddelelser a) Der afholdes …"): neither is part of the title in front of it.
     */
    private static final Pattern BEFORE_HISTORY_OR_LIST = Pattern.compile(
            "\\s(?=\\p{Lu}[\\p{L}-]*(?:udvalget|rådet|bestyrelsen|Byrådet) den \\d{1,2}\\. \\p{L}+ \\d{4}, pkt\\. \\d|[a-h]\\) \\p{Lu})");
    /** A table of contents with roman page numbers ("… Dallund Slot...ii Til behandling - for åbne døre...iii 91. …"). */
    private static final Pattern ROMAN_PAGE_REFERENCE = Pattern.compile("\\.{2,}\\s*[ivxlc]{1,5}\\b");
    private static final Pattern AFTER_MARK = Pattern.compile("^(Åben sag|Lukket sag)\\s+(\\S.*)$");

    private final GenericMinutesLayout generic = new GenericMinutesLayout();

    @Override
    public String name() {
        return "pdf-transcript";
    }

    /** Most of the text in a few long lines that start with page numbers. */
    @Override
    public double score(String text) {
        int pages = 0;
        int expected = 1;
        long onPages = 0;
        long all = 0;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            all += l.length();
            if (l.startsWith(expected + " ") && PAGE_LINE.matcher(l).find()) {
                pages++;
                expected++;
                onPages += l.length();
            }
        }
        // Pages numbered 1, 2 … at the start of lines that hold most of the text, and long on average.
        return pages >= 2 && onPages * 10 >= all * 7 && onPages / pages >= 150 ? 0.5 : 0.0;
    }

    @Override
    public ParsedMinutes parse(String text) {
        return generic.parse(String.join("\n", relined(text)));
    }

    static List<String> relined(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.length() < LONG_LINE && !PAGE_LINE.matcher(l).find()) {
                out.add(l);
                continue;
            }
            l = l.replaceFirst("^\\d{1,3} (?:Side [ivxlc\\d]+ )?", "");
            boolean romanContents = ROMAN_PAGE_REFERENCE.matcher(l).find();
            for (String item : BEFORE_ITEM.split(l)) {
                // In such a table of contents the page reference ends the title; what follows it is a section heading.
                String a = romanContents ? item.strip().replaceFirst("\\s*\\.{2,}\\s*[ivxlc]{1,5}\\b.*$", "")
                        .replaceFirst("\\s+[ivxlc]{1,5}$", "") : item;
                if (a.isBlank()) {
                    continue;
                }
                for (String b : BEFORE_HISTORY_OR_LIST.split(a)) {
                    for (String f : BEFORE_FIELD.split(b)) {
                        for (String c : BEFORE_SECTION.split(f)) {
                            addPiece(out, c);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** One piece of a page line: an open/closed mark, a field with its value, a heading with its text, or text. */
    private static void addPiece(List<String> out, String piece) {
        String c = piece;
        var mark = AFTER_MARK.matcher(c.strip());
        if (mark.matches()) {
            out.add(mark.group(1));
            c = mark.group(2);
        }
        var m = AFTER_FIELD_VALUE.matcher(c.strip());
        var h = HEADING_WITH_TEXT.matcher(c.strip());
        if (m.matches()) {
            out.add(m.group(1));
            out.add(m.group(2));
        } else if (h.matches()) {
            out.add(h.group(1));
            out.add(h.group(2));
        } else {
            out.add(c.strip());
        }
    }
}
