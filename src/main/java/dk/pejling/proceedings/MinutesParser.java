package dk.pejling.proceedings;

import dk.pejling.proceedings.ParsedMinutes.ParsedMeeting;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a minutes document (referat, beslutningsprotokol) into a meeting and its
 * agenda items. Two layouts are known:
 * <ul>
 * <li>Aalborg's ("Punkt N. Title. 2014-1516. … Sagsbeskrivelse … Beslutning: …", a table of contents
 * with a "Lukket" part, "Tid / Sted / Fraværende / Til stede" and page footers "Møde den … Side N"),
 * also as a document-archive page whose minutes follow "Transkript:";</li>
 * <li>the common one of other municipalities: numbered items, each followed by a case number or a
 * heading ("Resume", "Sagsfremstilling", "Indstilling", "Beslutning", "Bilag"), labelled meeting facts
 * ("Mødedato:", "Mødested:", "Afbud:") and "Åbne sager" / "Lukkede sager" sections.</li>
 * </ul>
 * What matches no rule is returned as unrecognised text; nothing is filled in by guess.
 */
public final class MinutesParser {

    static final String MONTHS = "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december";
    private static final Pattern DANISH_DATE = Pattern.compile("(\\d{1,2})\\. ?(" + MONTHS + ") (\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    // Item numbers have up to six digits (with three, item 1000 and on merged silently into item 999).
    private static final Pattern PUNKT = Pattern.compile("(?:(?<=^|\\s)(Åben|Lukket) )?Punkt (\\d{1,6})\\.(?=\\s|$)");
    private static final Pattern MEETING_LINE = Pattern.compile(
            "Mødet den (\\d{1,2}\\.\\d{1,2}\\.\\d{4}),?\\s*(?:kl\\.?\\s*)?(\\d{1,2}[:.]\\d{2})?\\s*(?:-|–)\\s*(\\d{1,2}[:.]\\d{2})(.*)$");
    private static final Pattern ARCHIVE_TITLE = Pattern.compile(
            "^(?:.*?\\. )?([^.]+?)\\. Mødet den [^,]*, kl\\. (\\d{1,2}[:.]\\d{2})(?:\\s*-\\s*(\\d{1,2}[:.]\\d{2}))?[^.]*?\\. (.+)$");
    private static final Pattern FOOTER = Pattern.compile("Møde den \\d{1,2}\\.\\d{1,2}\\.\\d{4} Side \\d+");
    private static final Pattern TITLE_THEN_CASE = Pattern.compile("^(.{1,500}?)\\.? (\\d{4}-\\d{1,7})\\.(?: |$)");
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.{1,400}?)[.!?](?= |$)");
    private static final Pattern CASE_NUMBER = Pattern.compile("^(\\d{4}-\\d{1,7})\\.?(?: |$)");
    private static final Pattern NAME_PARTY = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,4}) \\((\\p{Lu}{1,3})\\)");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]{1,300})\\]\\([^)]*\\)");
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?<=^|[.:] )([^.:]{1,150}?\\.(?:docx?|pdf|xlsx?|pptx?))(?= |$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEADLINE = Pattern.compile("svarfrist(?: den)? (\\d{1,2}\\. ?(?:" + MONTHS + ") \\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern KLE = Pattern.compile("KLE(?:-nr\\.?|-nummer)?:?\\s*(\\d{2}\\.\\d{2}(?:\\.\\d{2})?(?:[-–][A-ZÆØÅ]\\d{2})?)");
    private static final Pattern STEP_ACTION = Pattern.compile(
            "\\b(Høring|Godkendelse|Behandling|Orientering|Beslutning|Drøftelse|Vedtagelse)\\b");
    private static final String TIMETABLE = "Tidsplan for behandling";

    /** Reads the whole text. */
    public ParsedMinutes parse(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
        if (PUNKT.matcher(normalised).find()) {
            return parseAalborg(normalised);
        }
        // The labelled layout ("Mødedato:", numbered items each followed by a case number or heading) is taken
        // when it recognises the meeting as well as items; every other text goes to the generic layout.
        ParsedMinutes labelled = parseHeadings(normalised);
        boolean recognised = !labelled.items().isEmpty() && labelled.meeting().date() != null
                && labelled.meeting().committee() != null && GENERIC.score(normalised) <= 0.1;
        return recognised ? labelled : GENERIC.parse(normalised);
    }

    private static final MinutesLayout GENERIC = new GenericMinutesLayout();

    // ---------------------------------------------------------------- Aalborg layout

    private ParsedMinutes parseAalborg(String text) {
        List<String> unrecognised = new ArrayList<>();
        List<String> archive = List.of();
        String minutes = text;
        int transcript = text.indexOf("Transkript:");
        if (transcript >= 0) {
            archive = lines(text.substring(0, transcript));
            minutes = text.substring(transcript + "Transkript:".length());
        }
        List<String> lines = withoutRepeatedHeader(lines(minutes));

        // The lines before the first "Punkt N." hold the meeting's facts and the table of contents.
        int first = 0;
        while (first < lines.size() && !PUNKT.matcher(lines.get(first)).find()) {
            first++;
        }
        List<String> head = new ArrayList<>(lines.subList(0, Math.min(first, lines.size())));
        StringBuilder body = new StringBuilder();
        if (first < lines.size()) {
            String line = lines.get(first);
            Matcher m = PUNKT.matcher(line);
            m.find();
            if (m.start() > 0) {
                head.add(line.substring(0, m.start()).strip());
            }
            body.append(line.substring(m.start()));
            for (String rest : lines.subList(first + 1, lines.size())) {
                body.append(' ').append(rest);
            }
        }

        String committee = null;
        LocalDate date = null;
        LocalTime start = null;
        LocalTime end = null;
        String place = null;
        List<String> absent = new ArrayList<>();
        String others = null;
        Map<Integer, String> tocTitles = new LinkedHashMap<>();
        Map<Integer, Boolean> tocClosed = new LinkedHashMap<>();

        for (int i = 0; i < head.size(); i++) {
            String line = head.get(i);
            boolean used = false;
            if (i + 1 < head.size() && head.get(i + 1).matches("(?i)(Udskrift af beslutningsprotokollen|Beslutningsprotokol|Referat|Dagsorden)")) {
                committee = line;
                continue;
            }
            if (line.matches("(?i)(Udskrift af beslutningsprotokollen|Beslutningsprotokol|Referat|Dagsorden)")) {
                continue;
            }
            if (line.matches("^1\\. .*") && line.contains("...")) {
                readToc(line, tocTitles, tocClosed);
                continue;
            }
            Matcher meeting = MEETING_LINE.matcher(line);
            if (meeting.find()) {
                used = true;
                date = date != null ? date : numericDate(meeting.group(1));
                start = start != null ? start : time(meeting.group(2));
                end = end != null ? end : time(meeting.group(3));
                String after = meeting.group(4).strip();
                if (!after.startsWith("Sted") && !after.contains("Fraværende") && !after.isEmpty() && place == null) {
                    place = after;
                } else if (after.contains("Fraværende")) {
                    String segment = after.substring(after.indexOf("Fraværende") + "Fraværende".length());
                    int present = segment.indexOf("Til stede");
                    String absentPart = present >= 0 ? segment.substring(0, present) : segment;
                    if (place != null) {
                        absentPart = absentPart.replace(place, " ");
                    }
                    Matcher names = NAME_PARTY.matcher(absentPart);
                    while (names.find()) {
                        absent.add(names.group(1) + " (" + names.group(2) + ")");
                    }
                    String rest = NAME_PARTY.matcher(absentPart).replaceAll(" ").strip();
                    if (!rest.isEmpty()) {
                        unrecognised.add(rest);
                    }
                    if (present >= 0) {
                        others = emptyToNull(segment.substring(present + "Til stede".length()).replaceFirst("\\s*Åben\\s*$", "").strip());
                    }
                }
            } else {
                Matcher d = Pattern.compile("Mødet den (\\d{1,2}\\.\\d{1,2}\\.\\d{4})").matcher(line);
                if (d.find() && date == null) {
                    date = numericDate(d.group(1));
                    used = true;
                }
            }
            if (!used && !line.matches("(?i)(Åben|Lukket)")) {
                unrecognised.add(shorten(line));
            }
        }

        // The document archive names the minutes by committee, time and place; trust it only when place and end time agree.
        for (String line : archive) {
            Matcher title = ARCHIVE_TITLE.matcher(line);
            if (committee == null && place != null && title.find() && title.group(4).strip().equals(place)
                    && (end == null || end.equals(time(title.group(3))))) {
                committee = title.group(1).strip();
                start = start != null ? start : time(title.group(2));
                end = end != null ? end : time(title.group(3));
            } else if (!line.equals("Relaterede dokumenter")) {
                unrecognised.add(shorten(line));
            }
        }

        // Agenda items.
        String all = FOOTER.matcher(body).replaceAll(" ").replaceAll("\\s+", " ").strip();
        Map<Integer, ParsedItem> items = new TreeMap<>();
        Matcher punkt = PUNKT.matcher(all);
        List<int[]> starts = new ArrayList<>();
        List<Boolean> sections = new ArrayList<>();
        Boolean section = null;
        while (punkt.find()) {
            starts.add(new int[] {punkt.start(), punkt.end(), Integer.parseInt(punkt.group(2))});
            if (punkt.group(1) != null) {
                section = punkt.group(1).equals("Lukket");
            }
            sections.add(section);
        }
        int last = 0;
        for (int i = 0; i < starts.size(); i++) {
            int number = starts.get(i)[2];
            if (number <= last) {
                continue; // a "Punkt" that goes back is a reference in the text, kept with the item before
            }
            last = number;
            int to = i + 1 < starts.size() ? starts.get(i + 1)[0] : all.length();
            String chunk = all.substring(starts.get(i)[1], to).strip();
            boolean closed = Boolean.TRUE.equals(sections.get(i)) || Boolean.TRUE.equals(tocClosed.get(number));
            items.put(number, aalborgItem(number, withCommittee(chunk, committee), tocTitles.get(number), closed));
        }
        // Items the table of contents lists without text (closed items are left out of public minutes).
        for (Map.Entry<Integer, String> toc : tocTitles.entrySet()) {
            items.computeIfAbsent(toc.getKey(), n -> new ParsedItem(String.valueOf(n), toc.getValue(), null, null,
                    Boolean.TRUE.equals(tocClosed.get(n)), null, null, null, List.of(), null, List.of()));
        }
        return new ParsedMinutes(new ParsedMeeting(committee, date, start, end, place, List.copyOf(absent), others),
                List.copyOf(items.values()), List.copyOf(unrecognised));
    }

    /** "fremsender til s orientering": the committee's name, a field of the publishing system, left out of the text. */
    private static final Pattern MISSING_GENITIVE = Pattern.compile(
            "\\btil s (orientering|godkendelse|beslutning|høring|drøftelse|efterretning)\\b");
    /** "indstiller, at godkender": the same field as the subject of the recommendation. */
    private static final Pattern MISSING_SUBJECT = Pattern.compile(
            "\\b(indstiller|anbefaler), at (godkender|tager|beslutter|anbefaler|drøfter|indstiller|orienteres)\\b");

    /**
     * Puts the meeting's committee back where the published text lost its name ("til s orientering"
     * becomes "til Beskæftigelsesudvalgets orientering"). Without a known committee the text stays as it is.
     */
    static String withCommittee(String text, String committee) {
        if (committee == null || committee.isBlank()) {
            return text;
        }
        String name = committee.strip();
        String genitive = name.endsWith("s") ? name + "'" : name + "s";
        String named = MISSING_GENITIVE.matcher(text).replaceAll(m -> Matcher.quoteReplacement("til " + genitive + " " + m.group(1)));
        return MISSING_SUBJECT.matcher(named).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + ", at " + name + " " + m.group(2)));
    }

    private static ParsedItem aalborgItem(int number, String chunk, String tocTitle, boolean closed) {
        String title;
        String rest;
        Matcher titled;
        if (tocTitle != null && chunk.startsWith(tocTitle)) {
            title = tocTitle;
            rest = chunk.substring(tocTitle.length()).replaceFirst("^\\.\\s*", "");
        } else if ((titled = TITLE_THEN_CASE.matcher(chunk)).find()) {
            title = stripEnd(titled.group(1));
            rest = chunk.substring(titled.start(2));
        } else if ((titled = FIRST_SENTENCE.matcher(chunk)).find()) {
            title = titled.group(1);
            rest = chunk.substring(titled.end()).replaceFirst("^[.!?]\\s*", "");
        } else {
            title = chunk;
            rest = "";
        }
        String caseNumber = null;
        Matcher c = CASE_NUMBER.matcher(rest);
        if (c.find()) {
            caseNumber = c.group(1);
            rest = rest.substring(c.end()).strip();
        }
        String decision = null;
        int at = rest.lastIndexOf("Beslutning:");
        if (at >= 0) {
            decision = emptyToNull(rest.substring(at + "Beslutning:".length()).strip());
            rest = rest.substring(0, at).strip();
        }
        String recommendation = null;
        int described = rest.indexOf("Sagsbeskrivelse");
        if (described >= 0) {
            recommendation = emptyToNull(rest.substring(0, described).strip());
            rest = rest.substring(described + "Sagsbeskrivelse".length()).strip();
        }
        return withExtras(String.valueOf(number), title, caseNumber, closed, rest, recommendation, decision, List.of());
    }

    /** Attachments, KLE code, hearing deadline and timetable, taken out of the description where they stand. */
    private static ParsedItem withExtras(String number, String title, String caseNumber, boolean closed, String description,
                                         String recommendation, String decision, List<String> attachmentLines) {
        List<String> attachments = new ArrayList<>(attachmentLines);
        String text = description == null ? "" : description;
        Matcher link = MARKDOWN_LINK.matcher(text);
        while (link.find()) {
            attachments.add(link.group(1).strip());
        }
        text = MARKDOWN_LINK.matcher(text).replaceAll("").strip();
        Matcher file = FILE_NAME.matcher(text);
        while (file.find()) {
            attachments.add(file.group(1).strip());
        }
        text = FILE_NAME.matcher(text).replaceAll("").strip();
        List<CaseStep> timetable = new ArrayList<>();
        int tt = text.indexOf(TIMETABLE);
        if (tt >= 0) {
            timetable = timetable(text.substring(tt + TIMETABLE.length()));
            text = text.substring(0, tt).strip();
        }
        String kle = null;
        Matcher k = KLE.matcher(text);
        if (k.find()) {
            kle = k.group(1);
        }
        LocalDate deadline = null;
        Matcher d = DEADLINE.matcher(text);
        if (d.find()) {
            deadline = danishDate(d.group(1));
        }
        return new ParsedItem(number, title, caseNumber, kle, closed, emptyToNull(text), recommendation, decision,
                attachments, deadline, timetable);
    }

    static List<CaseStep> timetable(String text) {
        List<CaseStep> steps = new ArrayList<>();
        Matcher date = DANISH_DATE.matcher(text);
        List<int[]> at = new ArrayList<>();
        while (date.find()) {
            at.add(new int[] {date.start(), date.end()});
        }
        for (int i = 0; i < at.size(); i++) {
            String entry = text.substring(at.get(i)[1], i + 1 < at.size() ? at.get(i + 1)[0] : text.length()).strip();
            LocalDate when = danishDate(text.substring(at.get(i)[0], at.get(i)[1]));
            Matcher action = STEP_ACTION.matcher(entry);
            String body = null;
            String what = entry;
            if (action.find()) {
                body = entry.substring(0, action.start()).strip();
                what = entry.substring(action.start()).strip();
            }
            steps.add(new CaseStep(when, emptyToNull(body), emptyToNull(what)));
        }
        return steps;
    }

    private static void readToc(String line, Map<Integer, String> titles, Map<Integer, Boolean> closed) {
        boolean inClosed = false;
        int expected = 1;
        Matcher first = Pattern.compile("^1\\. ").matcher(line);
        if (!first.find()) {
            return;
        }
        int from = first.end();
        while (true) {
            Pattern next = Pattern.compile("(?:^| )(?:(Åben|Lukket) )?" + (expected + 1) + "\\. (?=[\\p{Lu}\"“])");
            Matcher m = next.matcher(line);
            boolean found = m.find(from);
            String entry = line.substring(from, found ? m.start() : line.length());
            titles.put(expected, stripEnd(entry.replaceFirst("\\.{2,}\\s*\\d*\\s*$", "")));
            closed.put(expected, inClosed);
            if (!found) {
                break;
            }
            if (m.group(1) != null) {
                inClosed = m.group(1).equals("Lukket");
            }
            from = m.end();
            expected++;
        }
    }

    /** Page headers that repeat ("Skoleudvalget / Udskrift af beslutningsprotokollen / Mødet den …") are kept once. */
    private static List<String> withoutRepeatedHeader(List<String> lines) {
        int size = Math.min(3, lines.size());
        for (int k = size; k >= 2; k--) {
            List<String> header = lines.subList(0, k);
            List<String> out = new ArrayList<>(header);
            boolean repeated = false;
            for (int i = k; i < lines.size(); ) {
                if (i + k <= lines.size() && lines.subList(i, i + k).equals(header)) {
                    i += k;
                    repeated = true;
                } else {
                    out.add(lines.get(i++));
                }
            }
            if (repeated) {
                return out;
            }
        }
        return lines;
    }

    // ---------------------------------------------------------------- headings layout

    private static final Pattern ITEM_LINE = Pattern.compile("^(?:Punkt )?(\\d{1,6})[.:]\\s+(\\S.*)$");
    private static final Pattern HEADING = Pattern.compile(
            "^(Resume|Resumé|Sagsfremstilling|Sagsbeskrivelse|Beskrivelse|Indstilling|Beslutning|Bilag|Økonomi|Baggrund|Høring)\\s*:?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CASE_LABEL = Pattern.compile(
            "^(?:Sagsnr\\.?|Sags nr\\.?|Sagsnummer|Journalnr\\.?)\\s*:?\\s*(\\S+)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern KLE_LABEL = Pattern.compile("^KLE(?:-nr\\.?)?\\s*:?\\s*(\\S+)\\s*$");
    private static final Pattern LABEL = Pattern.compile(
            "^(Mødedato|Dato|Mødetidspunkt|Tidspunkt|Tid|Mødested|Sted|Fraværende|Afbud|Deltagere|Til stede|Øvrige deltagere)\\s*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DOC_KIND = Pattern.compile("^(Referat|Dagsorden|Beslutningsprotokol)(?:\\s*[-–:]\\s*(.+))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OPEN = Pattern.compile("^(Åben|Åbne sager|Åbent møde|Åbne punkter|Åben dagsorden)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CLOSED = Pattern.compile("^(Lukket|Lukkede sager|Lukket møde|Lukkede punkter|Lukket dagsorden)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TIMES = Pattern.compile("(\\d{1,2}[:.]\\d{2})(?:\\s*(?:-|–|til)\\s*(\\d{1,2}[:.]\\d{2}))?");

    private ParsedMinutes parseHeadings(String text) {
        List<String> lines = lines(text);
        List<String> unrecognised = new ArrayList<>();
        String committee = null;
        LocalDate date = null;
        LocalTime start = null;
        LocalTime end = null;
        String place = null;
        List<String> absent = new ArrayList<>();
        String others = null;
        List<ParsedItem> items = new ArrayList<>();
        boolean closed = false;
        int last = 0;
        ItemBuilder current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m;
            if (OPEN.matcher(line).matches() || CLOSED.matcher(line).matches()) {
                closed = CLOSED.matcher(line).matches();
                if (current != null) {
                    items.add(current.build());
                    current = null;
                }
                continue;
            }
            if ((m = ITEM_LINE.matcher(line)).matches() && Integer.parseInt(m.group(1)) > last
                    && startsItem(lines, i, closed)) {
                if (current != null) {
                    items.add(current.build());
                }
                last = Integer.parseInt(m.group(1));
                current = new ItemBuilder(m.group(1), stripEnd(m.group(2)), closed);
                continue;
            }
            if (current == null) {
                if ((m = DOC_KIND.matcher(line)).matches()) {
                    if (m.group(2) != null) {
                        committee = m.group(2).strip();
                    } else if (i + 1 < lines.size() && !LABEL.matcher(lines.get(i + 1)).matches()
                            && !ITEM_LINE.matcher(lines.get(i + 1)).matches()) {
                        committee = lines.get(++i);
                    }
                } else if ((m = LABEL.matcher(line)).matches()) {
                    String label = m.group(1).toLowerCase(Locale.ROOT);
                    String value = m.group(2).strip();
                    switch (label) {
                        case "mødedato", "dato" -> date = anyDate(value);
                        case "mødetidspunkt", "tidspunkt", "tid" -> {
                            Matcher t = TIMES.matcher(value);
                            if (t.find()) {
                                start = time(t.group(1));
                                end = time(t.group(2));
                            }
                        }
                        case "mødested", "sted" -> place = emptyToNull(value);
                        case "fraværende", "afbud" -> {
                            for (String name : value.split("\\s*(?:,|;| og )\\s*")) {
                                if (!name.isBlank() && !name.equalsIgnoreCase("ingen")) {
                                    absent.add(name.strip());
                                }
                            }
                        }
                        default -> others = emptyToNull(value);
                    }
                } else {
                    unrecognised.add(shorten(line));
                }
                continue;
            }
            current.add(line);
        }
        if (current != null) {
            items.add(current.build());
        }
        return new ParsedMinutes(new ParsedMeeting(committee, date, start, end, place, List.copyOf(absent), others),
                List.copyOf(items), List.copyOf(unrecognised));
    }

    /** A numbered line begins an item when a case number or an item heading follows it, or it stands in a closed section. */
    private static boolean startsItem(List<String> lines, int i, boolean closedSection) {
        if (i + 1 >= lines.size()) {
            return closedSection;
        }
        String next = lines.get(i + 1);
        return CASE_LABEL.matcher(next).matches() || KLE_LABEL.matcher(next).matches() || HEADING.matcher(next).matches()
                || (closedSection && (ITEM_LINE.matcher(next).matches() || OPEN.matcher(next).matches()));
    }

    private static final class ItemBuilder {
        private final String number;
        private final String title;
        private final boolean closed;
        private String caseNumber;
        private String kle;
        private String section = "";
        private final Map<String, StringBuilder> parts = new LinkedHashMap<>();

        ItemBuilder(String number, String title, boolean closed) {
            this.number = number;
            this.title = title;
            this.closed = closed;
        }

        void add(String line) {
            Matcher m;
            if (caseNumber == null && (m = CASE_LABEL.matcher(line)).matches()) {
                caseNumber = m.group(1).replaceFirst("\\.$", "");
                return;
            }
            if (kle == null && (m = KLE_LABEL.matcher(line)).matches()) {
                kle = m.group(1);
                return;
            }
            if ((m = HEADING.matcher(line)).matches()) {
                section = m.group(1).toLowerCase(Locale.ROOT);
                line = m.group(2);
                if (line.isBlank()) {
                    parts.computeIfAbsent(section, s -> new StringBuilder());
                    return;
                }
            }
            StringBuilder part = parts.computeIfAbsent(section, s -> new StringBuilder());
            part.append(part.isEmpty() ? "" : section.equals("bilag") ? "\n" : " ").append(line.strip());
        }

        ParsedItem build() {
            StringBuilder description = new StringBuilder();
            for (Map.Entry<String, StringBuilder> part : parts.entrySet()) {
                if (List.of("indstilling", "beslutning", "bilag").contains(part.getKey()) || part.getValue().isEmpty()) {
                    continue;
                }
                description.append(description.isEmpty() ? "" : "\n\n").append(part.getValue());
            }
            List<String> attachments = parts.containsKey("bilag")
                    ? parts.get("bilag").toString().lines().map(String::strip).filter(s -> !s.isEmpty()).toList() : List.of();
            ParsedItem item = withExtras(number, title, caseNumber, closed, description.toString(),
                    text("indstilling"), text("beslutning"), attachments);
            return kle == null ? item : new ParsedItem(item.number(), item.title(), item.caseNumber(), kle, item.closed(),
                    item.description(), item.recommendation(), item.decision(), item.attachments(),
                    item.hearingDeadline(), item.timetable());
        }

        private String text(String key) {
            StringBuilder b = parts.get(key);
            return b == null ? null : emptyToNull(b.toString().strip());
        }
    }

    // ---------------------------------------------------------------- helpers

    private static List<String> lines(String text) {
        return text.lines().map(l -> l.replaceAll("[ \\t]+", " ").strip()).filter(l -> !l.isEmpty()).toList();
    }

    static LocalDate danishDate(String text) {
        Matcher m = DANISH_DATE.matcher(text);
        if (!m.find()) {
            return null;
        }
        int month = List.of(MONTHS.split("\\|")).indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate numericDate(String text) {
        Matcher m = NUMERIC_DATE.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate anyDate(String text) {
        LocalDate numeric = numericDate(text);
        return numeric != null ? numeric : danishDate(text);
    }

    private static LocalTime time(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split("[:.]");
        try {
            return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String stripEnd(String text) {
        return text.strip().replaceFirst("\\.+$", "").strip();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String shorten(String line) {
        return line.length() <= 300 ? line : line.substring(0, 297) + "…";
    }
}
