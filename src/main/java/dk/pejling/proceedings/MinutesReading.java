package dk.pejling.proceedings;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every minutes layout needs: dates and times as Danish minutes write them, lines, and an item's extras. */
final class MinutesReading {

    private MinutesReading() {
    }

    static final String MONTHS = "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december";
    static final Pattern DANISH_DATE = Pattern.compile("(\\d{1,2})\\. ?(" + MONTHS + ") (\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]{1,300})\\]\\(([^)]*)\\)");
    /** An attachment line that carries its web address: "Bilag 1.pdf https://…", "Notat (https://…)", "Notat: https://…". */
    private static final Pattern NAME_THEN_URL = Pattern.compile("^(.{1,300}?)\\s*[:(–-]?\\s*<?(https?://[^\\s<>()]{1,1900})>?\\)?\\s*$");
    private static final Pattern WEB_ADDRESS = Pattern.compile("^https?://[^\\s<>\"']{1,1900}$");
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?<=^|[.:] )([^.:]{1,150}?\\.(?:docx?|pdf|xlsx?|pptx?))(?= |$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEADLINE = Pattern.compile("svarfrist(?: den)? (\\d{1,2}\\. ?(?:" + MONTHS + ") \\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern KLE = Pattern.compile("KLE(?:-nr\\.?|-nummer)?:?\\s*(\\d{2}\\.\\d{2}(?:\\.\\d{2})?(?:[-–][A-ZÆØÅ]\\d{2})?)");
    private static final Pattern STEP_ACTION = Pattern.compile(
            "\\b(Høring|Godkendelse|Behandling|Orientering|Beslutning|Drøftelse|Vedtagelse)\\b");
    private static final String TIMETABLE = "Tidsplan for behandling";

    /** Attachments, KLE code, hearing deadline and timetable, taken out of the description where they stand. */
    static ParsedItem withExtras(String number, String title, String caseNumber, boolean closed, String description,
                                         String recommendation, String decision, List<String> attachmentLines) {
        List<String> attachments = new ArrayList<>();
        java.util.Map<String, String> urls = new java.util.LinkedHashMap<>();
        for (String line : attachmentLines) {
            Attached a = attachment(line);
            if (a != null) {
                attachments.add(a.name());
                if (a.url() != null) {
                    urls.putIfAbsent(a.name(), a.url());
                }
            }
        }
        String text = description == null ? "" : description;
        Matcher link = MARKDOWN_LINK.matcher(text);
        while (link.find()) {
            attachments.add(link.group(1).strip());
            String url = webAddress(link.group(2));
            if (url != null) {
                urls.putIfAbsent(link.group(1).strip(), url);
            }
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
                attachments, deadline, timetable, urls);
    }

    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[•·▪–-]\\s|\\d{1,2}[.)]\\s|[a-z][.)]\\s|at\\s)");

    /**
     * How a line joins the text before it: a new line where it starts a list item ("• …", "1. at …", "at …") or
     * the text before ended a sentence, so paragraphs and lists survive; a space where a line was only wrapped.
     */
    static String lineBreak(CharSequence before, String line) {
        if (LIST_ITEM.matcher(line).find()) {
            return "\n";
        }
        char last = before.isEmpty() ? ' ' : before.charAt(before.length() - 1);
        return last == '.' || last == ':' || last == '!' || last == '?' ? "\n" : " ";
    }

    /** The names of a list "A, B (V) og C"; "Ingen" is none. */
    static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        for (String name : list.split("\\s*(?:,|;| og )\\s*")) {
            String n = name.strip().replaceFirst("\\.$", "");
            if (!n.isBlank() && !n.equalsIgnoreCase("ingen") && n.length() <= 200) {
                out.add(n);
            }
        }
        return out;
    }

    /** An attachment as a line of a "Bilag" section names it, with the web address the line carries (if any). */
    record Attached(String name, String url) {
    }

    static Attached attachment(String line) {
        String l = line == null ? "" : line.strip().replaceFirst("^[•·▪-]\\s*", "");
        if (l.isEmpty()) {
            return null;
        }
        Matcher md = MARKDOWN_LINK.matcher(l);
        if (md.matches()) {
            return new Attached(md.group(1).strip(), webAddress(md.group(2)));
        }
        Matcher m = NAME_THEN_URL.matcher(l);
        if (m.matches() && !m.group(1).isBlank()) {
            return new Attached(m.group(1).strip().replaceFirst("[\\s:(–-]+$", ""), webAddress(m.group(2)));
        }
        return new Attached(l, null);
    }

    /** Only http and https addresses become links: anything else (javascript:, file:) is left as text. */
    static String webAddress(String candidate) {
        String c = candidate == null ? "" : candidate.strip();
        return WEB_ADDRESS.matcher(c).matches() ? c : null;
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

    static List<String> lines(String text) {
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

    static LocalDate numericDate(String text) {
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

    static LocalDate anyDate(String text) {
        LocalDate numeric = numericDate(text);
        return numeric != null ? numeric : danishDate(text);
    }

    static LocalTime time(String text) {
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

    static String stripEnd(String text) {
        return text.strip().replaceFirst("\\.+$", "").strip();
    }

    static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static String shorten(String line) {
        return line.length() <= 300 ? line : line.substring(0, 297) + "…";
    }}
