package dk.pejling.proceedings;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a minutes document (referat, beslutningsprotokol) into a meeting and its agenda items by
 * letting the layout family that recognises the text read it: every {@link MinutesLayout} says how sure it is,
 * the surest reads first, and {@link GenericMinutesLayout} (typographic cues only) is the fallback that reads
 * what no family claims. What matches no rule is returned as unrecognised text; nothing is filled in by guess.
 * After the layout, the parser repairs what the publishing systems lose everywhere (the committee's name cut out
 * of sentences).
 */
public final class MinutesParser {

    static final String MONTHS = MinutesReading.MONTHS;

    private static final List<MinutesLayout> LAYOUTS = List.of(
            new AalborgMinutesLayout(), new LabelledFieldsMinutesLayout(), new PdfTranscriptMinutesLayout(),
            new GenericMinutesLayout());

    /** Reads the whole text. */
    public ParsedMinutes parse(String text) {
        return read(text).minutes();
    }

    /** What was read and by which layout family (shown in the import preview). */
    public record Reading(String layout, ParsedMinutes minutes) {
    }

    public Reading read(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
        List<Scored> ranked = LAYOUTS.stream().map(l -> new Scored(l, l.score(normalised)))
                .filter(s -> s.score() > 0).sorted(Comparator.comparingDouble(Scored::score).reversed()).toList();
        for (Scored s : ranked) {
            ParsedMinutes minutes = s.layout().parse(normalised);
            boolean complete = !minutes.items().isEmpty() && minutes.meeting().date() != null
                    && minutes.meeting().committee() != null;
            if (!s.layout().acceptsOnlyComplete() || complete) {
                return new Reading(s.layout().name(), repaired(minutes));
            }
        }
        throw new IllegalStateException("the generic layout always reads");
    }

    private record Scored(MinutesLayout layout, double score) {
    }

    /** Puts the committee back into every item's text where the publishing system cut it out. */
    private static ParsedMinutes repaired(ParsedMinutes minutes) {
        String committee = minutes.meeting().committee();
        if (committee == null || committee.isBlank()) {
            return minutes;
        }
        List<ParsedItem> items = minutes.items().stream().map(i -> new ParsedItem(i.number(), i.title(), i.caseNumber(),
                i.kleCode(), i.closed(), withCommittee(i.description(), committee), withCommittee(i.recommendation(), committee),
                withCommittee(i.decision(), committee), i.attachments(), i.hearingDeadline(), i.timetable(), i.attachmentUrls())).toList();
        return new ParsedMinutes(minutes.meeting(), items, minutes.unrecognised());
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
        if (text == null || committee == null || committee.isBlank()) {
            return text;
        }
        String name = committee.strip();
        String genitive = name.endsWith("s") ? name + "'" : name + "s";
        String named = MISSING_GENITIVE.matcher(text).replaceAll(m -> Matcher.quoteReplacement("til " + genitive + " " + m.group(1)));
        return MISSING_SUBJECT.matcher(named).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + ", at " + name + " " + m.group(2)));
    }

}
