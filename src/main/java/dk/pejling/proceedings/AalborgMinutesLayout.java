package dk.pejling.proceedings;

import dk.pejling.proceedings.ParsedMinutes.ParsedMeeting;
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

import static dk.pejling.proceedings.MinutesReading.*;

/**
 * Aalborg's minutes (the seed documents): "Punkt N. Title. 2014-1516. … Sagsbeskrivelse … Beslutning: …", a table
 * of contents with a "Lukket" part, "Mødet den … Fraværende … Til stede" and page footers "Møde den … Side N";
 * also as a document-archive page whose minutes follow "Transkript:". "Punkt N." is its mark: no other family
 * in the corpus writes items that way, so finding it makes this layout certain.
 */
final class AalborgMinutesLayout implements MinutesLayout {

    // Item numbers have up to six digits (with three, item 1000 and on merged silently into item 999).
    static final Pattern PUNKT = Pattern.compile("(?:(?<=^|\\s)(Åben|Lukket) )?Punkt (\\d{1,6})\\.(?=\\s|$)");
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
    private static final Pattern MEETING_DATE = Pattern.compile("Mødet den (\\d{1,2}\\.\\d{1,2}\\.\\d{4})");

    @Override
    public String name() {
        return "aalborg";
    }

    @Override
    public double score(String text) {
        return PUNKT.matcher(text).find() ? 0.9 : 0.0;
    }

    @Override
    public ParsedMinutes parse(String text) {
        return parseAalborg(text);
    }

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
                Matcher d = MEETING_DATE.matcher(line);
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
            items.put(number, aalborgItem(number, chunk, tocTitles.get(number), closed));
        }
        // Items the table of contents lists without text (closed items are left out of public minutes).
        for (Map.Entry<Integer, String> toc : tocTitles.entrySet()) {
            items.computeIfAbsent(toc.getKey(), n -> new ParsedItem(String.valueOf(n), toc.getValue(), null, null,
                    Boolean.TRUE.equals(tocClosed.get(n)), null, null, null, List.of(), null, List.of()));
        }
        return new ParsedMinutes(new ParsedMeeting(committee, date, start, end, place, List.copyOf(absent), others),
                List.copyOf(items.values()), List.copyOf(unrecognised));
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

}
