package dk.pejling.proceedings;

import java.util.UUID;

/** Someone at (or missing from) a meeting; personId is set when the person is known to the body. */
public record MeetingParticipant(UUID personId, String name, Attendance attendance) {
}
