package dk.pejling.proceedings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What the importer read from a minutes document. A field it could not find is null; text it could
 * not place is in {@code unrecognised}, never guessed into a field.
 */
public record ParsedMinutes(ParsedMeeting meeting, List<ParsedItem> items, List<String> unrecognised) {

    /** @param members the committee's members as the minutes list them ("Medlemmer: …"); empty when they do not */
    public record ParsedMeeting(String committee, LocalDate date, LocalTime start, LocalTime end, String place,
                                List<String> absent, String otherParticipants, List<String> members) {

        public ParsedMeeting {
            absent = absent == null ? List.of() : List.copyOf(absent);
            members = members == null ? List.of() : List.copyOf(members);
        }

        public ParsedMeeting(String committee, LocalDate date, LocalTime start, LocalTime end, String place,
                             List<String> absent, String otherParticipants) {
            this(committee, date, start, end, place, absent, otherParticipants, List.of());
        }
    }

    /** The same minutes with the committee named by the person who reviews them. */
    public ParsedMinutes withCommittee(String committee) {
        return new ParsedMinutes(new ParsedMeeting(committee, meeting.date(), meeting.start(), meeting.end(),
                meeting.place(), meeting.absent(), meeting.otherParticipants(), meeting.members()), items, unrecognised);
    }
}
