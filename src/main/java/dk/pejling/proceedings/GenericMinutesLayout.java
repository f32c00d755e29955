package dk.pejling.proceedings;

import dk.pejling.proceedings.ParsedMinutes.ParsedMeeting;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads minutes of a layout no other class knows, from typographic cues only: numbered item headings in
 * the forms municipalities print them ("49. Title", "• 301. Title", "Pkt. 42 Title", "• 1 Title",
 * "Nr.60 - Title", "1.Title", a title followed by "Sag nr. 11", a number glued to the line before),
 * section headings matched as whole lines ("Beslutningstema" is not "Beslutning"), decision headings
 * with committee and date ("Beslutning i Økonomiudvalget den 1. oktober 2018:"), case numbers on their own
 * line or sharing it with other fields, and page furniture ("Til toppen") removed. Numbered lines inside an
 * item ("1. at …", a numbered list of names) are not items: an item number only goes up, starts with a
 * capital, and a list that began as content stays content.
 */
final class GenericMinutesLayout implements MinutesLayout {

    private static final String MONTHS = MinutesParser.MONTHS;
    private static final String EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern ITEM = Pattern.compile(
            "^(?:[•·▪-]\\s*)?(?:Pkt\\.?\\s*|Punkt\\s+|Nr\\.\\s*)?(\\d{1,4})(?:\\.\\s*|\\s*:\\s+|\\s+-\\s+|\\s+)(\\S.*)$");
    private static final Pattern SAME_NUMBER_ALONE = Pattern.compile("^(?:[•·]\\s*)?(?:Pkt\\.?|Punkt)\\s*(\\d{1,4})\\.?$");
    private static final Pattern SAG_NR = Pattern.compile("^Sag nr\\.\\s*(\\d{1,4})$");
    private static final Pattern GLUED = Pattern.compile("(?<=[\\p{L}\\d).])(\\d{1,4})\\. ?(?=\\p{Lu})");
    private static final Pattern FURNITURE = Pattern.compile(
            "^(Til toppen|Fold alle ud|Udskriv|Hent som fil:?|You are here|Referat|Indhold|Udskriv hele dagsordnen|Se alle bilag|Kopier link til punktet(?: - Print)?)$", CI);
    private static final Pattern SECTION = Pattern.compile("^(Resume|Resumé|Sagsfremstilling|Sagens kerne|Sagens indhold|Indstilling|"
            + "Beslutning|Bilag|Økonomi|Baggrund|Høring|Beslutningstema|Beskrivelse af sagen|Kompetence|Beslutningskompetence|"
            + "Sagsgang og sagstype|Sagsprocedure|Hovedindstilling|Alternativ indstilling|Formål|Lovgrundlag|Vurdering|"
            + "Retligt grundlag|Handlemuligheder|Personale|Problemstilling|Løsning|Økonomiske konsekvenser|Sagen afgøres af)"
            + "\\s*:?$", CI);
    private static final Pattern LABELLED_SECTION = Pattern.compile("^(Kompetence|Beslutningskompetence|Sagsforløb)\\s*:\\s*\\S.*$", CI);
    private static final Pattern DECISION_HEADING = Pattern.compile(
            "^Beslutning(?: i| for)? (.{2,120}?) den (\\S+(?: \\S+ \\d{4})?)\\s*:?$", CI);
    /** "Beslutning Byrådet 10.01.2023": committee and date without "den". */
    private static final Pattern DECISION_HEADING_NUMERIC = Pattern.compile(
            "^Beslutning(?: i| for)? (\\p{Lu}[\\p{L}-]*(?: [\\p{L}-]+){0,4}?) (\\d{1,2}[.-]\\d{1,2}[.-]\\d{4})\\s*:?$");
    /** The same heading with the decision's text on its line: "Beslutning Byrådet 10.01.2023 Mødet er aflyst.". */
    private static final Pattern DECISION_HEADING_NUMERIC_WITH_TEXT = Pattern.compile(
            "^(Beslutning(?: i| for)? \\p{Lu}[\\p{L}-]*(?: [\\p{L}-]+){0,4}? \\d{1,2}[.-]\\d{1,2}[.-]\\d{4}):?\\s+(\\S.*)$");
    /** A section heading glued to its text: "BeslutningGodkendt.", "SagsfremstillingUdvalget besøger …". */
    private static final Pattern GLUED_HEADING = Pattern.compile(
            "^(Resume|Resumé|Sagsfremstilling|Indstilling|Beslutning|Bilag)(\\p{Lu}\\p{Ll}.*)$");
    /** A KLE-style case number at the start of a line with more after it: "00.22.00-P35-11-21 Beslutning …". */
    private static final Pattern KLE_CASE_FIRST = Pattern.compile("^(\\d{2}\\.\\d{2}\\.\\d{2}-[A-ZÆØÅ]\\d{2}-\\d+-\\d{2})\\s+(\\S.*)$");
    /** A line that is only a case number ("018520-2013"), read as the case of the item whose heading it follows. */
    private static final Pattern CASE_ALONE = Pattern.compile("^\\d[\\d./-]*[-/.]\\d+$");
    /** A title that ends with its case number: "Service & Økonomi 11/31929". */
    private static final Pattern TITLE_WITH_CASE = Pattern.compile("^(\\S.*?)\\s+(\\d{2}/\\d{3,6})$");
    /** A title printed twice around a link's text: "Godkendelse af dagsordenKlik her for at … Godkendelse af dagsorden". */
    private static final Pattern TITLE_AROUND_LINK = Pattern.compile("^(.{8,}?)\\p{Lu}.{0,80}?\\s\\1$");
    /** "Åbent Kommuneplan 2013": an open/closed mark printed before the title. */
    private static final Pattern MARK_BEFORE_TITLE = Pattern.compile("^(Åbent|Åben|Lukket)\\s+(\\p{Lu}.*)$");
    private static final Pattern CLOSED_TITLE = Pattern.compile("^Lukket (?:sag|punkt)\\s*:.*$", CI);
    private static final Pattern DECISION_IN_MEETING = Pattern.compile("^(\\S.{1,80}?)s beslutning i mødet den (.+)$", CI);
    private static final Pattern COMMITTEE_DATE_PKT = Pattern.compile("^(\\S.{1,80}?), (\\d{1,2}-\\d{1,2}-\\d{4}|\\d{1,2}\\. \\S+ \\d{4}), pkt\\. (\\d{1,4}):?$");
    private static final Pattern CASE_IN_LINE = Pattern.compile(
            "(?:^|\\s)(?:Sagsnr\\.?|Sags nr\\.?|Sagsnummer|Sagsid\\.?|Journalnr\\.?|J\\.nr\\.)\\s*:?\\s*(\\p{Lu}?\\d[\\w./-]*\\w)", CI);
    private static final Pattern SAG_LINE = Pattern.compile("^Sag (\\d[\\d./-]*\\d)$");
    private static final Pattern KLE_CASE_ALONE = Pattern.compile("^(\\d{2}\\.\\d{2}\\.\\d{2}-[A-ZÆØÅ]\\d{2}-\\d+-\\d{2})$");
    private static final Pattern CLOSED_SECTION = Pattern.compile("^(Lukket|Lukkede sager|Lukket møde|Lukkede punkter|Lukket dagsorden)$", CI);
    private static final Pattern OPEN_SECTION = Pattern.compile("^(Åben|Åbne sager|Åbent møde|Åbne punkter|Åben dagsorden)$", CI);
    private static final Pattern CLOSED_MARK = Pattern.compile("(?:^|\\s)(Lukket punkt|Lukket sag|Lukket)$", CI);
    private static final Pattern PAGE_PREFIX = Pattern.compile(
            "^\\d{1,3} (?:Side \\d{1,3} )?(?!(?:Åbent|Åben|Lukket) \\p{Lu})(?=\\p{L}|\\d{1,4}\\. \\p{Lu})");
    /** A title cannot end on these words: in a PDF the rest of it wrapped onto the next line. */
    private static final Pattern OPEN_END = Pattern.compile("(?:\\s(?:og|i|for|af|til|med|på|om|fra|ved|samt|eller|de|den|det)|[-–,])$");
    private static final Pattern INLINE_FIELD = Pattern.compile(" (?=(?:Sagsnr\\.?:|Resumé:|Resume:|Indstilling:|Beslutning den [^:]*:|Sagsfremstilling:))");
    private static final Pattern REFERAT_TITLE = Pattern.compile("^(\\S.{1,100}?)\\s+[-–]\\s+(?:Referat|Beslutningsprotokol|Dagsorden(?:er)?)\\b.*$", CI);
    private static final Pattern TITLE_DASH_DATE = Pattern.compile("^(\\S.{1,100}?)\\s+[-–]\\s+\\d{1,2}-\\d{1,2}-\\d{4}$");
    private static final Pattern DOC_KIND = Pattern.compile("^(Referat|Dagsorden|Beslutningsprotokol)$", CI);
    private static final Pattern REFERAT_OF = Pattern.compile("(?:^|\\s)(?:Referat|Beslutningsprotokol|Dagsorden)(?: af| fra| til)? mødet? i (.{2,100}?)"
            + "(?:,? (?:den|d\\.|kl\\.?|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\\b.*)?$", CI);
    /** "Møde i Økonomiudvalget den 10. juni 2013": the heading of the first page of items. */
    private static final Pattern MEETING_OF = Pattern.compile(
            "^Møde i (\\p{Lu}[\\p{L}-]*(?: [\\p{L}-]+){0,4}?)(?:,? (?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag))? den \\d.*$");
    /** "Referat Socialudvalget's møde Mandag den …". */
    private static final Pattern COMMITTEES_MEETING = Pattern.compile(
            "^(?:Referat|Beslutningsprotokol|Dagsorden) (\\p{Lu}[\\p{L}-]*(?: [\\p{L}-]+){0,3}?)'s møde\\b.*$", CI);
    /** A line that is only a link to a file or a "Bilag …": "[Bilag 2 Notat.pdf](https://…)". */
    private static final Pattern ATTACHMENT_LINK = Pattern.compile(
            "^\\[(?:Bilag\\b[^\\]]*|[^\\]]*\\.(?:pdf|docx?|xlsx?|pptx?))\\]\\(https?://[^)\\s]+\\)$", CI);
    /** "Referat fra Økonomiudvalget", "Beslutningsprotokol for Byrådet": a committee word right after the document kind. */
    private static final Pattern REFERAT_FROM_COMMITTEE = Pattern.compile(
            "^(?:\\d{1,3} )?(?i:Referat|Beslutningsprotokol|Dagsorden)(?: fra| for)? ((?:\\p{Lu}[\\p{L}-]* (?:og |for )?){0,4}"
            + "\\p{L}*(?:udvalget|udvalg|rådet|råd|bestyrelsen|Byrådet|Kommunalbestyrelsen|Borgerrepræsentationen))\\b");
    /** A section heading with its text on the same line: "Beslutning: Vedtaget". The colon is required. */
    private static final Pattern SECTION_WITH_TEXT = Pattern.compile(
            "^(Resume|Resumé|Sagsfremstilling|Indstilling|Beslutning|Bilag)\\s*:\\s+(\\S.*)$", CI);
    /** The committee's member list in the header: "Medlemmer: A, B (V) og C". */
    private static final Pattern MEMBERS = Pattern.compile("^(?:Medlemmer|Udvalgsmedlemmer)\\s*:\\s*(\\S.*)$", CI);
    private static final Pattern DATE_ONLY = Pattern.compile("^\\d{1,2}-\\d{1,2}-\\d{4}$");

    private static final Pattern DANISH = Pattern.compile("\\b(\\d{1,2})(?:\\.? ?|-)(" + MONTHS + "),?[ -](\\d{4})", CI);
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[-.](\\d{1,2})[-.](\\d{4})\\b");
    private static final Pattern ENGLISH = Pattern.compile("\\b(" + EN_MONTHS + ") (\\d{1,2}), (\\d{4})");

    @Override
    public String name() {
        return "generic";
    }

    @Override
    public double score(String text) {
        return 0.1; // the fallback: always able to try, never preferred over a layout that recognises the text
    }

    @Override
    public ParsedMinutes parse(String text) {
        List<String> lines = lines(text);
        Map<Integer, String> known = knownTitles(lines);
        lines = unglue(lines, known);

        List<String> header = new ArrayList<>();
        Map<Integer, Item> items = new LinkedHashMap<>();
        Item current = null;
        int last = 0;
        int listNumber = -1;
        boolean closedSection = false;
        String pendingCase = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m;
            if (FURNITURE.matcher(line).matches() && (current != null || !DOC_KIND.matcher(line).matches())) {
                continue;
            }
            if (CLOSED_SECTION.matcher(line).matches() || OPEN_SECTION.matcher(line).matches()) {
                // Before the first item, such a heading belongs to the table of contents unless an item follows it.
                boolean itemFollows = i + 1 < lines.size() && ITEM.matcher(lines.get(i + 1)).matches();
                if (current != null || itemFollows) {
                    closedSection = CLOSED_SECTION.matcher(line).matches();
                }
                continue;
            }
            if ((m = KLE_CASE_ALONE.matcher(line)).matches()) {
                if (current != null && current.isBare()) {
                    current.caseNumber = m.group(1); // right under its item's heading: that item's case
                } else {
                    pendingCase = m.group(1); // before the next item's heading
                }
                continue;
            }
            if (current != null && current.caseNumber == null && (m = KLE_CASE_FIRST.matcher(line)).matches()) {
                current.caseNumber = m.group(1);
                line = m.group(2);
                Matcher d = DECISION_HEADING_NUMERIC_WITH_TEXT.matcher(line);
                if (d.matches()) {
                    current.add(d.group(1));
                    line = d.group(2);
                }
            }
            if (current != null && current.isBare() && CASE_ALONE.matcher(line).matches() && date(line) == null) {
                current.caseNumber = line;
                continue;
            }
            if (current != null && (m = SAME_NUMBER_ALONE.matcher(line)).matches() && Integer.parseInt(m.group(1)) == current.number) {
                continue;
            }
            if ((m = SAG_NR.matcher(line)).matches()) {
                int number = Integer.parseInt(m.group(1));
                if (number > last) {
                    String title = current != null ? current.popLast() : header.isEmpty() ? null : header.removeLast();
                    current = open(items, number, title == null ? "" : title, closedSection);
                    last = number;
                    continue;
                }
            }
            Integer number = itemNumber(line, last, listNumber, items, current);
            if (number != null) {
                m = ITEM.matcher(line);
                m.matches();
                String title = title(m.group(2));
                if (number > last) {
                    current = open(items, number, title, closedSection);
                    last = number;
                    listNumber = -1;
                } else {
                    current = items.get(number); // the same item again: table of contents, then its text
                    if (title.length() < current.title.length()) {
                        current.title = title;
                    }
                }
                if (pendingCase != null && current.caseNumber == null) {
                    current.caseNumber = pendingCase;
                }
                pendingCase = null;
                continue;
            }
            m = ITEM.matcher(line);
            if (m.matches() && current != null && Character.isUpperCase(m.group(2).codePointAt(0))
                    && (Integer.parseInt(m.group(1)) <= last || Integer.parseInt(m.group(1)) == listNumber + 1)) {
                listNumber = Integer.parseInt(m.group(1)); // a numbered list in the text ("1. Overborgmester …", "2. Lars Weiss …")
            }
            if (current == null) {
                header.add(line);
            } else {
                current.add(line);
            }
        }
        return meeting(header, items, lines);
    }

    /** Whether a numbered line opens an item: its number is new (or repeats an item's own), its title is a title. */
    private static Integer itemNumber(String line, int last, int listNumber, Map<Integer, Item> items, Item current) {
        Matcher m = ITEM.matcher(line);
        if (!m.matches()) {
            return null;
        }
        int number = Integer.parseInt(m.group(1));
        String title = m.group(2).strip();
        if (!Character.isUpperCase(title.codePointAt(0)) && !Character.isDigit(title.codePointAt(0))) {
            return null; // "1. at udvalget godkender", "1. stedfortræder på liste V"
        }
        if (title.matches("(?i)^(at|og)\\b.*")) {
            return null;
        }
        if (listNumber >= 0 && number == listNumber + 1) {
            return null; // "2. Lars Weiss (A)" after "1. Overborgmester …": a list in the text
        }
        if (number > last) {
            // A bare "N Title" without dot or bullet is too weak (a page number, an amount) unless it follows on from the last item.
            boolean marked = line.matches("^(?:[•·▪-]\\s*|Pkt|Punkt|Nr|\\d{1,4}\\.|\\d{1,4} - |\\d{1,4} ?: |\\d{1,4} (?:Åbent|Åben|Lukket) \\p{Lu}).*");
            return marked || (last > 0 && number == last + 1) ? number : null;
        }
        Item earlier = items.get(number);
        if (earlier != null && sameStart(earlier.title, title(title))) {
            return number;
        }
        return null;
    }

    /** The same heading in the table of contents and above the item's text: one starts the other, in any case. */
    private static boolean sameStart(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.isEmpty() || y.isEmpty()) {
            return x.equals(y);
        }
        return x.startsWith(y) || y.startsWith(x) || firstWords(x, 1).equals(firstWords(y, 1));
    }

    private static Item open(Map<Integer, Item> items, int number, String title, boolean closed) {
        Matcher m = MARK_BEFORE_TITLE.matcher(title);
        boolean markedClosed = false;
        if (m.matches()) {
            markedClosed = m.group(1).equalsIgnoreCase("Lukket");
            title = m.group(2);
        }
        String caseNumber = null;
        if ((m = TITLE_WITH_CASE.matcher(title)).matches()) {
            title = m.group(1);
            caseNumber = m.group(2);
        }
        Item item = new Item(number, title, closed || markedClosed || CLOSED_TITLE.matcher(title).matches());
        item.caseNumber = caseNumber;
        items.put(number, item);
        return item;
    }

    private static String title(String raw) {
        String t = raw.strip();
        t = t.replaceFirst("\\s*\\.{3,}\\s*[ivxlc\\d]*$", "").strip();
        Matcher twice = TITLE_AROUND_LINK.matcher(t);
        return twice.matches() ? twice.group(1).strip() : t;
    }

    // ---------------------------------------------------------------- lines

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").strip();
            line = PAGE_PREFIX.matcher(line).replaceFirst("");
            if (line.isEmpty()) {
                continue;
            }
            // A PDF transcript runs fields together: "1. KB - Spørgetid Sagsnr.: 17/46 Resumé: …".
            for (String part : INLINE_FIELD.split(line)) {
                String p = part.strip();
                Matcher f = Pattern.compile("^(Resumé|Resume|Indstilling|Sagsfremstilling|Beslutning den [^:]*):\\s*(.*)$").matcher(p);
                if (f.matches() && line.contains("Sagsnr.:")) {
                    out.add(f.group(1).startsWith("Beslutning") ? "Beslutning" : f.group(1));
                    if (!f.group(2).isBlank()) {
                        out.add(f.group(2).strip());
                    }
                } else if (!p.isEmpty()) {
                    Matcher g = GLUED_HEADING.matcher(p);
                    Matcher d = DECISION_HEADING_NUMERIC_WITH_TEXT.matcher(p);
                    if (g.matches()) {
                        out.add(g.group(1));
                        out.add(g.group(2));
                    } else if (d.matches()) {
                        out.add(d.group(1));
                        out.add(d.group(2));
                    } else {
                        out.add(p);
                    }
                }
            }
        }
        return joinWrappedTitles(out);
    }

    /** "50. Godkendelse af anbefalinger fra … og" + "Decentralisering": a heading the PDF wrapped. */
    private static List<String> joinWrappedTitles(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            while (ITEM.matcher(line).matches() && line.matches("^(?:[•·]\\s*)?(?:Pkt\\.?\\s*)?\\d{1,4}\\..*")
                    && OPEN_END.matcher(line).find() && i + 1 < lines.size() && !ITEM.matcher(lines.get(i + 1)).matches()
                    && !SECTION.matcher(lines.get(i + 1)).matches() && lines.get(i + 1).length() < 80) {
                line = line + " " + lines.get(++i);
            }
            out.add(line);
        }
        return out;
    }

    /** Titles the document gives an item number at the start of a line (a table of contents, the item itself). */
    private static Map<Integer, String> knownTitles(List<String> lines) {
        Map<Integer, String> known = new HashMap<>();
        for (String line : lines) {
            Matcher m = ITEM.matcher(line);
            if (m.matches() && line.matches("^\\d{1,4}\\. .*")) {
                known.putIfAbsent(Integer.parseInt(m.group(1)), m.group(2).strip());
            }
        }
        return known;
    }

    /** Splits "…den 29.01.20138. Godkendelse af …" and "Referat9. Frigivelse …" where a known item title follows. */
    private static List<String> unglue(List<String> lines, Map<Integer, String> known) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String rest = line;
            boolean split = true;
            while (split) {
                split = false;
                Matcher g = GLUED.matcher(rest);
                while (g.find()) {
                    for (int start = g.start(1); start < g.end(1); start++) {
                        int number = Integer.parseInt(rest.substring(start, g.end(1)));
                        String after = rest.substring(g.end()).strip();
                        String title = known.get(number);
                        boolean byTitle = title != null && !title.isEmpty() && after.startsWith(firstWords(title));
                        boolean first = number == 1 && start == g.start(1) && Character.isLetter(rest.charAt(start - 1));
                        if (byTitle || first) {
                            String before = rest.substring(0, start).strip();
                            if (!before.isEmpty()) {
                                out.add(before);
                            }
                            rest = rest.substring(start);
                            split = !before.isEmpty();
                            break;
                        }
                    }
                    if (split) {
                        break;
                    }
                }
            }
            out.add(rest);
        }
        return out;
    }

    private static String firstWords(String title) {
        return firstWords(title, 3);
    }

    private static String firstWords(String title, int n) {
        String[] words = title.split(" ");
        return String.join(" ", List.of(words).subList(0, Math.min(n, words.length)));
    }

    // ---------------------------------------------------------------- meeting

    private static ParsedMinutes meeting(List<String> header, Map<Integer, Item> items, List<String> all) {
        String committee = null;
        LocalDate date = null;
        List<String> unrecognised = new ArrayList<>();
        List<String> members = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String line = header.get(i);
            Matcher m;
            if ((m = MEMBERS.matcher(line)).matches()) {
                members.addAll(MinutesReading.names(m.group(1)));
                continue;
            }
            LocalDate before = date;
            String committeeBefore = committee;
            if (DOC_KIND.matcher(line).matches()) {
                if (committee == null && i + 1 < header.size() && !header.get(i + 1).contains(":")
                        && !header.get(i + 1).matches("^[\\p{Lu} ]+$") && !header.get(i + 1).matches("^[-•·▪].*")
                        && date(header.get(i + 1)) == null) {
                    committee = header.get(++i);
                }
                continue;
            }
            if (committee == null && (m = REFERAT_OF.matcher(line)).find()) {
                committee = m.group(1).strip();
            } else if (committee == null && (m = MEETING_OF.matcher(line)).matches()) {
                committee = m.group(1).strip();
            } else if (committee == null && (m = COMMITTEES_MEETING.matcher(line)).matches()) {
                committee = m.group(1).strip();
            } else if (committee == null && (m = REFERAT_FROM_COMMITTEE.matcher(line)).find()) {
                committee = m.group(1).strip();
            } else if (committee == null && (m = REFERAT_TITLE.matcher(line)).matches()) {
                committee = m.group(1).strip();
            } else if (committee == null && (m = TITLE_DASH_DATE.matcher(line)).matches()) {
                committee = m.group(1).strip();
            } else if (committee == null && line.equals("UDVALG") && i + 1 < header.size()) {
                committee = header.get(i + 1);
            } else if (committee == null && i == 0 && i + 1 < header.size() && DATE_ONLY.matcher(header.get(1)).matches()) {
                committee = line;
            }
            if (date == null) {
                date = date(line);
            }
            if (date == before && Objects.equals(committee, committeeBefore) && !FURNITURE.matcher(line).matches()) {
                unrecognised.add(line.length() <= 300 ? line : line.substring(0, 297) + "…");
            }
        }
        List<ParsedItem> parsed = new ArrayList<>();
        for (Item item : items.values()) {
            parsed.add(item.build());
            if (committee == null && item.decisionCommittee != null) {
                committee = item.decisionCommittee;
            }
            if (date == null && item.decisionDate != null) {
                date = item.decisionDate;
            }
        }
        return new ParsedMinutes(new ParsedMeeting(committee, date, null, null, null, List.of(), null, members),
                List.copyOf(parsed), List.copyOf(unrecognised));
    }

    static LocalDate date(String text) {
        Matcher m = NUMERIC.matcher(text);
        Matcher d = DANISH.matcher(text);
        Matcher e = ENGLISH.matcher(text);
        int best = Integer.MAX_VALUE;
        LocalDate found = null;
        try {
            if (m.find() && m.start() < best) {
                best = m.start();
                found = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if (d.find() && d.start() < best) {
                best = d.start();
                int month = List.of(MONTHS.split("\\|")).indexOf(d.group(2).toLowerCase(Locale.ROOT)) + 1;
                found = LocalDate.of(Integer.parseInt(d.group(3)), month, Integer.parseInt(d.group(1)));
            }
            if (e.find() && e.start() < best) {
                int month = List.of(EN_MONTHS.split("\\|")).indexOf(e.group(1)) + 1;
                found = LocalDate.of(Integer.parseInt(e.group(3)), month, Integer.parseInt(e.group(2)));
            }
        } catch (DateTimeException ex) {
            return null;
        }
        return found;
    }

    // ---------------------------------------------------------------- item

    private static final class Item {
        final int number;
        String title;
        final boolean closedSection;
        boolean closed;
        String caseNumber;
        String section = "";
        boolean titleSeen;
        String decisionCommittee;
        LocalDate decisionDate;
        final List<String[]> parts = new ArrayList<>();
        private int listLines;

        Item(int number, String title, boolean closedSection) {
            this.number = number;
            this.title = title;
            this.closedSection = closedSection;
            this.closed = closedSection;
        }

        /** Nothing read under the heading yet. */
        boolean isBare() {
            return parts.isEmpty() && caseNumber == null && section.isEmpty();
        }

        String popLast() {
            for (int i = parts.size() - 1; i >= 0; i--) {
                return parts.remove(i)[1];
            }
            return null;
        }

        void add(String line) {
            Matcher m;
            if (!titleSeen && parts.isEmpty() && line.equalsIgnoreCase(title)) {
                titleSeen = true; // layouts that print the title twice
                return;
            }
            if (!section.equals("beslutning") && (m = CASE_IN_LINE.matcher(line)).find()) {
                if (caseNumber == null) {
                    caseNumber = m.group(1);
                }
                if (CLOSED_MARK.matcher(line).find()) {
                    closed = true;
                }
                return;
            }
            if (caseNumber == null && parts.isEmpty() && (m = SAG_LINE.matcher(line)).matches()) {
                caseNumber = m.group(1);
                return;
            }
            if ((m = DECISION_HEADING.matcher(line)).matches()) {
                section = "beslutning";
                decisionCommittee = decisionCommittee == null ? m.group(1).strip() : decisionCommittee;
                decisionDate = decisionDate == null ? date(m.group(2)) : decisionDate;
                return;
            }
            if ((m = DECISION_HEADING_NUMERIC.matcher(line)).matches()) {
                section = "beslutning";
                decisionCommittee = decisionCommittee == null ? m.group(1).strip() : decisionCommittee;
                decisionDate = decisionDate == null ? date(m.group(2)) : decisionDate;
                return;
            }
            if ((m = COMMITTEE_DATE_PKT.matcher(line)).matches()) {
                if (Integer.parseInt(m.group(3)) == number) {
                    section = "beslutning";
                    decisionCommittee = decisionCommittee == null ? m.group(1).strip() : decisionCommittee;
                    decisionDate = decisionDate == null ? date(m.group(2)) : decisionDate;
                    return;
                }
            }
            if ((m = DECISION_IN_MEETING.matcher(line)).matches() && section.equals("beslutning")) {
                decisionCommittee = decisionCommittee == null ? m.group(1).strip() : decisionCommittee;
                decisionDate = decisionDate == null ? date(m.group(2)) : decisionDate;
            }
            if ((m = SECTION.matcher(line)).matches()) {
                section = m.group(1).toLowerCase(Locale.ROOT);
                return;
            }
            if ((m = SECTION_WITH_TEXT.matcher(line)).matches()) {
                section = m.group(1).toLowerCase(Locale.ROOT);
                line = m.group(2).strip();
            }
            if (LABELLED_SECTION.matcher(line).matches()) {
                section = "";
                return;
            }
            if (line.matches("(?i)^(Åbent|Åbent punkt|Åben sag)$")) {
                return;
            }
            if (line.matches("(?i)^(Lukket|Lukket punkt|Lukket sag)$")) {
                closed = true;
                return;
            }
            parts.add(new String[] {section, line});
        }

        ParsedItem build() {
            StringBuilder description = new StringBuilder();
            StringBuilder recommendation = new StringBuilder();
            StringBuilder decision = new StringBuilder();
            List<String> attachments = new ArrayList<>();
            Map<String, String> urls = new LinkedHashMap<>();
            boolean decisionDone = false;
            String previous = null;
            for (String[] part : parts) {
                if (part[0].equals("bilag") || ATTACHMENT_LINK.matcher(part[1]).matches()) {
                    // An attachment line, with its web address where the minutes give one (issue 17 item 5).
                    MinutesReading.Attached a = MinutesReading.attachment(part[1]);
                    if (a != null) {
                        attachments.add(a.name());
                        if (a.url() != null) {
                            urls.putIfAbsent(a.name(), a.url());
                        }
                    }
                    continue;
                }
                StringBuilder target = switch (part[0]) {
                    case "beslutning" -> decision;
                    case "indstilling", "hovedindstilling" -> recommendation;
                    default -> description;
                };
                if (target == decision && decisionDone) {
                    continue;
                }
                if (previous != null && previous.equals("beslutning") && !part[0].equals("beslutning")) {
                    decisionDone = true;
                }
                target.append(target.isEmpty() ? "" : MinutesReading.lineBreak(target, part[1])).append(part[1]);
                previous = part[0];
            }
            return new ParsedItem(String.valueOf(number), title, caseNumber, null, closed,
                    emptyToNull(description), emptyToNull(recommendation), emptyToNull(decision), attachments, null, List.of(),
                    urls);
        }

        private static String emptyToNull(StringBuilder b) {
            String s = b.toString().strip();
            return s.isEmpty() ? null : s;
        }
    }
}
