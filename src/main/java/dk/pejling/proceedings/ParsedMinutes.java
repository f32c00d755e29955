package dk.pejling.proceedings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What the importer read from a minutes document. A field it could not find is null; text it could
 * not place is in {@code unrecognised}, never guessed into a field.
 */
public record ParsedMinutes(ParsedMeeting meeting, List<ParsedItem> items, List<String> unrecognised) {

    public record ParsedMeeting(String committee, LocalDate date, LocalTime start, LocalTime end, String place,
                                List<String> absent, String otherParticipants) {
    }

    /** The same minutes with the committee named by the person who reviews them. */
    public ParsedMinutes withCommittee(String committee) {
        return new ParsedMinutes(new ParsedMeeting(committee, meeting.date(), meeting.start(), meeting.end(),
                meeting.place(), meeting.absent(), meeting.otherParticipants()), items, unrecognised);
    }
}
