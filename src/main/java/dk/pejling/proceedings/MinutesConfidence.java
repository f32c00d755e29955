package dk.pejling.proceedings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How far the preview can be trusted, per meeting field and per item, with the reason. Worked out from the
 * reading each time it is shown (never stored), so a correction changes it at once. The rules are few and
 * stated: what a person set is certain; a value missing is missing; what a known layout family read is more
 * certain than what the generic layout inferred from typography; a title that runs on into fields, or an item
 * number that skips, is to be checked.
 */
public final class MinutesConfidence {

    public enum Level { CERTAIN, LIKELY, CHECK, MISSING }

    /** @param reason the key of the sentence that explains the level (proceedings.confidence.reason.*) */
    public record Field(Level level, String reason) {
    }

    public record Item(String number, Level level, Map<String, Field> fields) {
    }

    public record Assessment(Map<String, Field> meeting, List<Item> items) {
        public Item item(String number) {
            return items.stream().filter(i -> i.number().equals(number)).findFirst().orElse(null);
        }
    }

    private static final Pattern RUN_ON = Pattern.compile(
            "(?i)\\b(Sagsnr|Sagsid|Dok\\.nr|J\\.nr|Beslutning|Indstilling|Sagsfremstilling|Resum[eé])\\b");

    private MinutesConfidence() {
    }

    /** @param bodyInferred whether the body follows from the committee's name or from there being only one */
    public static Assessment of(MinutesPreview preview, boolean bodyInferred) {
        ParsedMinutes m = preview.minutes();
        // Only the families with a layout of their own count as known; the PDF-transcript family reads through the generic one.
        boolean known = "aalborg".equals(preview.layout()) || "labelled".equals(preview.layout());
        Map<String, Field> meeting = new LinkedHashMap<>();
        meeting.put("date", read(preview, "date", m.meeting().date() != null, known));
        meeting.put("committee", read(preview, "committee", m.meeting().committee() != null, known));
        meeting.put("body", preview.bodyOrganisationId() != null ? new Field(Level.CERTAIN, "set")
                : bodyInferred ? new Field(Level.LIKELY, "inferred") : new Field(Level.MISSING, "choose"));
        List<Item> items = new ArrayList<>();
        Integer previous = null;
        for (ParsedItem p : m.items()) {
            Map<String, Field> fields = new LinkedHashMap<>();
            boolean hand = preview.handSet("item:" + p.number());
            Integer number = p.number().matches("\\d{1,9}") ? Integer.valueOf(p.number()) : null;
            fields.put("number", previous == null || number == null || number == previous + 1
                    ? new Field(Level.CERTAIN, "layout") : new Field(Level.CHECK, "gap"));
            previous = number;
            if (hand) {
                fields.put("title", new Field(Level.CERTAIN, "set"));
            } else if (p.title() == null || p.title().isBlank()) {
                fields.put("title", new Field(Level.MISSING, "notFound"));
            } else if (p.title().length() > 200 || RUN_ON.matcher(p.title()).find()) {
                fields.put("title", new Field(Level.CHECK, "runOn"));
            } else {
                fields.put("title", new Field(known ? Level.CERTAIN : Level.LIKELY, known ? "layout" : "typographic"));
            }
            fields.put("caseNumber", hand || p.caseNumber() != null ? new Field(Level.CERTAIN, hand ? "set" : "layout")
                    : new Field(Level.LIKELY, "none"));
            fields.put("decision", hand || p.decision() != null ? new Field(Level.CERTAIN, hand ? "set" : "layout")
                    : new Field(Level.LIKELY, "noDecision"));
            Level worst = fields.values().stream().map(Field::level).reduce(Level.CERTAIN, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            items.add(new Item(p.number(), worst, fields));
        }
        return new Assessment(meeting, items);
    }

    private static Field read(MinutesPreview preview, String field, boolean present, boolean knownLayout) {
        if (preview.handSet(field)) {
            return new Field(Level.CERTAIN, "set");
        }
        if (!present) {
            return new Field(Level.MISSING, "notFound");
        }
        return knownLayout ? new Field(Level.CERTAIN, "layout") : new Field(Level.LIKELY, "typographic");
    }
}
