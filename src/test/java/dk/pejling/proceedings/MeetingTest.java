package dk.pejling.proceedings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A meeting is made from complete minutes and owns its items' making and deletion: plain tests, no Spring. */
class MeetingTest {

    private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
    private static final UUID COMMITTEE = UUID.randomUUID();
    private static final UUID BODY = UUID.randomUUID();

    private static ParsedItem item(String number, boolean closed) {
        return new ParsedItem(number, "Punkt " + number, null, null, closed, "Sagsfremstilling", null, "Godkendt",
                List.of(), null, List.of(), Map.of());
    }

    private static ParsedMinutes minutes(String committee, LocalDate date, List<ParsedItem> items) {
        return new ParsedMinutes(new ParsedMinutes.ParsedMeeting(committee, date, null, null, "Rådhuset", List.of(), null,
                List.of()), items, List.of());
    }

    private static final ParsedMinutes COMPLETE = minutes("Byrådet", LocalDate.of(2026, 3, 30), List.of(item("1", false)));

    @Test
    void confirmedMinutesBecomeAMeetingWithPublishedMinutes() {
        Meeting meeting = Meeting.fromMinutes(COMMITTEE, COMPLETE, List.of(), "byraadet.pdf", NOW);
        assertThat(meeting.status()).isEqualTo(MeetingStatus.MINUTES_PUBLISHED);
        assertThat(meeting.date()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(meeting.place()).isEqualTo("Rådhuset");
        assertThat(meeting.deleted()).isFalse();
    }

    @Test
    void minutesWithoutCommitteeDateOrItemsAreNoMeeting() {
        assertThatThrownBy(() -> Meeting.fromMinutes(COMMITTEE, minutes(" ", LocalDate.of(2026, 3, 30), List.of(item("1", false))),
                List.of(), null, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("committee"));
        assertThatThrownBy(() -> Meeting.fromMinutes(COMMITTEE, minutes("Byrådet", null, List.of(item("1", false))),
                List.of(), null, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("date"));
        assertThatThrownBy(() -> Meeting.requireRecordable(minutes("Byrådet", LocalDate.of(2026, 3, 30), List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("file"));
    }

    @Test
    void deletingAMeetingDeletesItsItems() {
        Meeting meeting = Meeting.fromMinutes(COMMITTEE, COMPLETE, List.of(), null, NOW);
        AgendaItem first = meeting.agendaItem(BODY, null, 0, item("1", false), NOW);
        AgendaItem second = meeting.agendaItem(BODY, null, 1, item("2", true), NOW);
        assertThat(meeting.delete(List.of(first, second), NOW)).containsExactly(first, second);
        assertThat(meeting.deleted()).isTrue();
        assertThat(first.deleted()).isTrue();
        assertThat(second.deleted()).isTrue();
    }

    @Test
    void aMeetingNeverDeletesAnotherMeetingsItems() {
        Meeting meeting = Meeting.fromMinutes(COMMITTEE, COMPLETE, List.of(), null, NOW);
        Meeting other = Meeting.fromMinutes(COMMITTEE, COMPLETE, List.of(), null, NOW);
        AgendaItem foreign = other.agendaItem(BODY, null, 0, item("1", false), NOW);
        assertThatThrownBy(() -> meeting.delete(List.of(foreign), NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(meeting.deleted()).isFalse();
        assertThat(foreign.deleted()).isFalse();
    }

    @Test
    void aDeletedMeetingTakesNoNewItems() {
        Meeting meeting = Meeting.fromMinutes(COMMITTEE, COMPLETE, List.of(), null, NOW);
        meeting.delete(List.of(), NOW);
        assertThatThrownBy(() -> meeting.agendaItem(BODY, null, 0, item("1", false), NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void reopeningAClosedItemNeedsAReasonAndIsReported() {
        Meeting meeting = Meeting.fromMinutes(COMMITTEE, COMPLETE, List.of(), null, NOW);
        AgendaItem closed = meeting.agendaItem(BODY, null, 0, item("1", true), NOW);
        assertThatThrownBy(() -> closed.edit("Ny beslutning", Set.of(), false, " ", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
        assertThat(closed.closed()).isTrue();
        assertThat(closed.visibleTo(ClosedAccess.NONE, COMMITTEE).decision()).isNull();

        AgendaItem.Edited edited = closed.edit(" Ny beslutning ", Set.of(), false, " Aktindsigt givet ", NOW);
        assertThat(edited.closure()).isEqualTo(AgendaItem.Closure.REOPENED);
        assertThat(edited.reason()).isEqualTo("Aktindsigt givet");
        assertThat(closed.closed()).isFalse();
        assertThat(closed.visibleTo(ClosedAccess.NONE, COMMITTEE).decision()).isEqualTo("Ny beslutning");
    }

    @Test
    void closingAndCorrectingNeedNoReason() {
        Meeting meeting = Meeting.fromMinutes(COMMITTEE, COMPLETE, List.of(), null, NOW);
        AgendaItem open = meeting.agendaItem(BODY, null, 0, item("1", false), NOW);
        assertThat(open.changesClosure(null)).isFalse();
        assertThat(open.changesClosure(false)).isFalse();
        assertThat(open.changesClosure(true)).isTrue();
        assertThat(open.edit("  ", Set.of(), null, null, NOW).closure()).isEqualTo(AgendaItem.Closure.UNCHANGED);
        assertThat(open.visibleTo(ClosedAccess.NONE, COMMITTEE).decision()).isNull();
        assertThat(open.edit("Godkendt", Set.of(), true, null, NOW).closure()).isEqualTo(AgendaItem.Closure.CLOSED);
        assertThat(open.closed()).isTrue();
    }

    @Test
    void aDraftIsConfirmedOnceAndOnlyWhenReady() {
        MinutesImport draft = MinutesImport.start("redaktør", "byraadet.pdf", "node-a", NOW);
        assertThatThrownBy(() -> draft.confirmed(UUID.randomUUID(), NOW)).isInstanceOf(InvalidInputException.class);
        draft.ready("{}", NOW);
        UUID meeting = UUID.randomUUID();
        draft.confirmed(meeting, NOW);
        assertThat(draft.state()).isEqualTo(MinutesImport.State.CONFIRMED);
        assertThat(draft.meetingId()).isEqualTo(meeting);
        assertThatThrownBy(() -> draft.confirmed(UUID.randomUUID(), NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> draft.revise("{}", NOW)).isInstanceOf(InvalidInputException.class);
        assertThat(draft.meetingId()).isEqualTo(meeting);
    }
}
