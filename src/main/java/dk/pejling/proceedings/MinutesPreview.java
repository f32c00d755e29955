package dk.pejling.proceedings;

import dk.pejling.proceedings.ParsedMinutes.ParsedMeeting;
import dk.pejling.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The import preview a person finishes before anything is saved: what the importer read (and by which layout
 * family), the body (municipality) chosen, and which fields the person set by hand. A value, serialised as the
 * draft's JSON: every correction gives a new preview, nothing is held in memory between requests.
 *
 * @param setByHand "date", "committee", "body" and "item:N" for what the person set or corrected
 */
public record MinutesPreview(String layout, ParsedMinutes minutes, UUID bodyOrganisationId, List<String> setByHand) {

    static final int TITLE_LIMIT = 1000;

    public MinutesPreview {
        Objects.requireNonNull(minutes);
        setByHand = setByHand == null ? List.of() : List.copyOf(setByHand);
    }

    static MinutesPreview read(MinutesParser.Reading reading) {
        return new MinutesPreview(reading.layout(), reading.minutes(), null, List.of());
    }

    public boolean handSet(String field) {
        return setByHand.contains(field);
    }

    /** The meeting's date, committee and body as the person sets them; a null date or body leaves what was there. */
    MinutesPreview withMeeting(LocalDate date, String committee, UUID body) {
        if (committee == null || committee.isBlank()) {
            throw new InvalidInputException("committee", "must not be blank");
        }
        if (committee.strip().length() > 300) {
            throw new InvalidInputException("committee", "must be at most 300 characters");
        }
        ParsedMeeting m = minutes.meeting();
        Set<String> hand = new LinkedHashSet<>(setByHand);
        if (!committee.strip().equals(m.committee())) {
            hand.add("committee");
        }
        if (date != null && !date.equals(m.date())) {
            hand.add("date");
        }
        if (body != null) {
            hand.add("body");
        }
        ParsedMeeting meeting = new ParsedMeeting(committee.strip(), date != null ? date : m.date(), m.start(), m.end(),
                m.place(), m.absent(), m.otherParticipants(), m.members());
        return new MinutesPreview(layout, new ParsedMinutes(meeting, minutes.items(), minutes.unrecognised()),
                body != null ? body : bodyOrganisationId, List.copyOf(hand));
    }

    /** Corrects one item's title, case number, decision and open/closed. */
    MinutesPreview withItem(String number, String title, String caseNumber, String decision, boolean closed) {
        int at = indexOf(number);
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "must not be blank");
        }
        if (title.strip().length() > TITLE_LIMIT) {
            throw new InvalidInputException("title", "must be at most " + TITLE_LIMIT + " characters");
        }
        ParsedItem i = minutes.items().get(at);
        ParsedItem changed = new ParsedItem(i.number(), title.strip(), blankToNull(caseNumber), i.kleCode(), closed,
                i.description(), i.recommendation(), blankToNull(decision), i.attachments(), i.hearingDeadline(), i.timetable(),
                i.attachmentUrls());
        return withItems(replace(at, List.of(changed)), "item:" + number);
    }

    /** Joins an item with the one after it (a title the importer took for a new item, a page break in the middle). */
    MinutesPreview mergedWithNext(String number) {
        int at = indexOf(number);
        if (at + 1 >= minutes.items().size()) {
            throw new InvalidInputException("number", "the last item has no item after it");
        }
        ParsedItem a = minutes.items().get(at);
        ParsedItem b = minutes.items().get(at + 1);
        ParsedItem merged = new ParsedItem(a.number(), a.title(), first(a.caseNumber(), b.caseNumber()),
                first(a.kleCode(), b.kleCode()), a.closed() || b.closed(), join(a.description(), join(b.title(), b.description())),
                join(a.recommendation(), b.recommendation()), join(a.decision(), b.decision()),
                Stream.concat(a.attachments().stream(), b.attachments().stream()).toList(),
                a.hearingDeadline() != null ? a.hearingDeadline() : b.hearingDeadline(),
                Stream.concat(a.timetable().stream(), b.timetable().stream()).toList(), urls(a, b));
        List<ParsedItem> items = new ArrayList<>(minutes.items());
        items.set(at, merged);
        items.remove(at + 1);
        return withItems(items, "item:" + number);
    }

    /**
     * Splits an item where the title of the item the importer missed stands in its text: from there on, the
     * text, the recommendation and the decision belong to the new item, which follows the old one.
     */
    MinutesPreview split(String number, String newNumber, String newTitle) {
        int at = indexOf(number);
        if (newNumber == null || newNumber.isBlank()) {
            throw new InvalidInputException("newNumber", "must not be blank");
        }
        if (!newNumber.strip().matches("\\d{1,6}")) {
            throw new InvalidInputException("newNumber", "must be a whole number");
        }
        if (minutes.items().stream().anyMatch(i -> i.number().equals(newNumber.strip()))) {
            throw new InvalidInputException("newNumber", "another item has this number");
        }
        if (newTitle == null || newTitle.isBlank()) {
            throw new InvalidInputException("newTitle", "must not be blank");
        }
        ParsedItem a = minutes.items().get(at);
        String text = a.description() == null ? "" : a.description();
        int from = text.toLowerCase(Locale.ROOT).indexOf(newTitle.strip().toLowerCase(Locale.ROOT));
        if (from < 0) {
            throw new InvalidInputException("newTitle", "is not in the item's text");
        }
        String before = text.substring(0, from).strip();
        String after = text.substring(from + newTitle.strip().length()).strip();
        ParsedItem first = new ParsedItem(a.number(), a.title(), a.caseNumber(), a.kleCode(), a.closed(), blankToNull(before),
                null, null, List.of(), a.hearingDeadline(), a.timetable());
        ParsedItem second = new ParsedItem(newNumber.strip(), newTitle.strip(), null, null, a.closed(), blankToNull(after),
                a.recommendation(), a.decision(), a.attachments(), null, List.of(), a.attachmentUrls());
        List<ParsedItem> items = replace(at, List.of(first, second));
        MinutesPreview split = withItems(items, "item:" + number);
        Set<String> hand = new LinkedHashSet<>(split.setByHand());
        hand.add("item:" + newNumber.strip());
        return new MinutesPreview(layout, split.minutes(), bodyOrganisationId, List.copyOf(hand));
    }

    private int indexOf(String number) {
        for (int i = 0; i < minutes.items().size(); i++) {
            if (minutes.items().get(i).number().equals(number == null ? null : number.strip())) {
                return i;
            }
        }
        throw new InvalidInputException("number", "no item has this number");
    }

    private List<ParsedItem> replace(int at, List<ParsedItem> with) {
        List<ParsedItem> items = new ArrayList<>(minutes.items());
        items.remove(at);
        items.addAll(at, with);
        return items;
    }

    private MinutesPreview withItems(List<ParsedItem> items, String handField) {
        Set<String> hand = new LinkedHashSet<>(setByHand);
        hand.add(handField);
        return new MinutesPreview(layout, new ParsedMinutes(minutes.meeting(), List.copyOf(items), minutes.unrecognised()),
                bodyOrganisationId, List.copyOf(hand));
    }

    private static java.util.Map<String, String> urls(ParsedItem a, ParsedItem b) {
        java.util.Map<String, String> urls = new java.util.LinkedHashMap<>(b.attachmentUrls());
        urls.putAll(a.attachmentUrls());
        return urls;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + "\n\n" + b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
