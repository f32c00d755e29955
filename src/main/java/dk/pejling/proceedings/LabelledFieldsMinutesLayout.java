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
 * The labelled-fields family (the publishing systems that print meeting facts as "Mødedato:", "Mødested:",
 * "Afbud:" and each item as a numbered heading followed by "Sagsnr.:" or a section heading such as "Resume",
 * "Sagsfremstilling", "Indstilling", "Beslutning", "Bilag"; "Åbne sager" / "Lukkede sager" sections). Its
 * reading counts only when it found the meeting as well as items; otherwise the parser goes on to the next layout.
 */
final class LabelledFieldsMinutesLayout implements MinutesLayout {

    private static final Pattern ITEM_LINE = Pattern.compile("^(?:Punkt )?(\\d{1,6})[.:]\\s+(\\S.*)$");
    private static final Pattern HEADING = Pattern.compile(
            "^(Resume|Resumé|Sagsfremstilling|Sagsbeskrivelse|Beskrivelse|Indstilling|Beslutning|Bilag|Økonomi|Baggrund|Høring)\\s*:?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CASE_LABEL = Pattern.compile(
            "^(?:Sagsnr\\.?|Sags nr\\.?|Sagsnummer|Journalnr\\.?)\\s*:?\\s*(\\S+)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern KLE_LABEL = Pattern.compile("^KLE(?:-nr\\.?)?\\s*:?\\s*(\\S+)\\s*$");
    private static final Pattern LABEL = Pattern.compile(
            "^(Mødedato|Dato|Mødetidspunkt|Tidspunkt|Tid|Mødested|Sted|Fraværende|Afbud|Medlemmer|Udvalgsmedlemmer|Deltagere|Til stede|Øvrige deltagere)\\s*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DOC_KIND = Pattern.compile("^(Referat|Dagsorden|Beslutningsprotokol)(?:\\s*[-–:]\\s*(.+))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OPEN = Pattern.compile("^(Åben|Åbne sager|Åbent møde|Åbne punkter|Åben dagsorden)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CLOSED = Pattern.compile("^(Lukket|Lukkede sager|Lukket møde|Lukkede punkter|Lukket dagsorden)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TIMES = Pattern.compile("(\\d{1,2}[:.]\\d{2})(?:\\s*(?:-|–|til)\\s*(\\d{1,2}[:.]\\d{2}))?");

    private static final Pattern FACT = Pattern.compile("(?m)^\\s*(Mødedato|Mødested|Mødetidspunkt)\\s*:");

    @Override
    public String name() {
        return "labelled";
    }

    /** Labelled meeting facts make it likely; without them it may still read numbered items with headings. */
    @Override
    public double score(String text) {
        return FACT.matcher(text).find() ? 0.6 : 0.3;
    }

    @Override
    public boolean acceptsOnlyComplete() {
        return true;
    }

    @Override
    public ParsedMinutes parse(String text) {
        List<String> lines = lines(text);
        List<String> unrecognised = new ArrayList<>();
        String committee = null;
        LocalDate date = null;
        LocalTime start = null;
        LocalTime end = null;
        String place = null;
        List<String> absent = new ArrayList<>();
        List<String> members = new ArrayList<>();
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
                        case "medlemmer", "udvalgsmedlemmer" -> members.addAll(MinutesReading.names(value));
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
        return new ParsedMinutes(new ParsedMeeting(committee, date, start, end, place, List.copyOf(absent), others, members),
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
            part.append(part.isEmpty() ? "" : section.equals("bilag") ? "\n" : MinutesReading.lineBreak(part, line.strip()))
                    .append(line.strip());
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
                    item.hearingDeadline(), item.timetable(), item.attachmentUrls());
        }

        private String text(String key) {
            StringBuilder b = parts.get(key);
            return b == null ? null : emptyToNull(b.toString().strip());
        }
    }

}
