package dk.pejling.proceedings.api;

import dk.pejling.proceedings.AgendaItemView;
import dk.pejling.proceedings.CaseStep;
import dk.pejling.proceedings.Committee;
import dk.pejling.proceedings.Meeting;
import dk.pejling.proceedings.MeetingParticipant;
import dk.pejling.proceedings.MinutesConfidence;
import dk.pejling.proceedings.MinutesImportService;
import dk.pejling.proceedings.ParsedItem;
import dk.pejling.proceedings.ParsedMinutes;
import dk.pejling.proceedings.ProceedingsCase;
import dk.pejling.proceedings.Recorded;
import dk.pejling.proceedings.Treatment;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

final class ProceedingsDtos {

    private ProceedingsDtos() {
    }

    record PreviewMeeting(String committee, LocalDate date, LocalTime start, LocalTime end, String place,
                          List<String> absent, String otherParticipants) {
    }

    record PreviewItem(String number, String title, String caseNumber, boolean closed, String decision, String kleCode,
                       String recommendation, String description, List<String> attachments, LocalDate hearingDeadline,
                       List<CaseStep> timetable, MinutesConfidence.Item confidence, java.util.Map<String, String> attachmentUrls) {
        static PreviewItem of(ParsedItem i, MinutesConfidence.Assessment assessment) {
            return new PreviewItem(i.number(), i.title(), i.caseNumber(), i.closed(), i.decision(), i.kleCode(),
                    i.recommendation(), i.description(), i.attachments(), i.hearingDeadline(), i.timetable(),
                    assessment.item(i.number()), i.attachmentUrls());
        }
    }

    /**
     * @param version     what a correction or the confirmation names (409 when the draft changed since)
     * @param layout      the layout family that read the document ("aalborg", "labelled", "generic")
     * @param body        the organisation chosen as the meeting's body, or null
     * @param likelyBody  the body the committee's name points at when none is chosen, or null
     * @param confidence  per meeting field (date, committee, body): level and reason
     */
    record PreviewDto(UUID id, String state, String fileName, long version, String layout, PreviewMeeting meeting,
                      UUID body, UUID likelyBody, java.util.Map<String, MinutesConfidence.Field> confidence,
                      List<PreviewItem> items, List<String> unrecognised, UUID meetingId) {
        static PreviewDto of(MinutesImportService.Draft d, MinutesConfidence.Assessment assessment, UUID likelyBody) {
            ParsedMinutes m = d.minutes();
            return new PreviewDto(d.id(), d.state().name(), d.fileName(), d.version(),
                    d.preview() == null ? null : d.preview().layout(),
                    m == null ? null : new PreviewMeeting(m.meeting().committee(), m.meeting().date(), m.meeting().start(),
                            m.meeting().end(), m.meeting().place(), m.meeting().absent(), m.meeting().otherParticipants()),
                    d.preview() == null ? null : d.preview().bodyOrganisationId(), likelyBody, assessment.meeting(),
                    m == null ? List.of() : m.items().stream().map(i -> PreviewItem.of(i, assessment)).toList(),
                    m == null ? List.of() : m.unrecognised(), d.meetingId());
        }
    }

    record ConfirmedItem(UUID id, String number) {
    }

    record ConfirmedDto(UUID meetingId, List<ConfirmedItem> items) {
        static ConfirmedDto of(Recorded r, List<String> numbers) {
            List<ConfirmedItem> items = new java.util.ArrayList<>();
            for (int i = 0; i < r.items().size(); i++) {
                items.add(new ConfirmedItem(r.items().get(i).id(), numbers.get(i)));
            }
            return new ConfirmedDto(r.meeting().id(), items);
        }
    }

    record LinkDto(String kind, UUID targetId) {
    }

    /** An agenda item; for a closed item seen by the public only number, title and closed are filled in. */
    record AgendaItemDto(UUID id, UUID meetingId, String number, String title, boolean closed, String caseNumber,
                         UUID caseId, String kleCode, String description, String recommendation, String decision,
                         List<String> attachments, List<LinkDto> links, long version, List<AttachmentDto> attachmentLinks) {
        static AgendaItemDto of(AgendaItemView v) {
            return new AgendaItemDto(v.id(), v.meetingId(), v.number(), v.title(), v.closed(), v.caseNumber(), v.caseId(),
                    v.kleCode(), v.description(), v.recommendation(), v.decision(),
                    v.attachments().stream().map(a -> a.name()).toList(),
                    v.links().stream().map(l -> new LinkDto(l.targetKind().name().toLowerCase(java.util.Locale.ROOT), l.targetId())).toList(),
                    v.version(), v.attachments().stream().map(a -> new AttachmentDto(a.name(), a.url())).toList());
        }
    }

    /** An attachment with the web address the minutes gave for it (null when they gave none). */
    record AttachmentDto(String name, String url) {
    }

    record ParticipantDto(String name, String attendance) {
        static ParticipantDto of(MeetingParticipant p) {
            return new ParticipantDto(p.name(), p.attendance().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    record MeetingDto(UUID id, UUID committeeId, String committee, LocalDate date, LocalTime start, LocalTime end,
                      String place, String status, List<ParticipantDto> participants, String otherParticipants,
                      List<AgendaItemDto> items) {
        static MeetingDto of(Meeting m, Committee c, List<AgendaItemView> items) {
            return new MeetingDto(m.id(), c.id(), c.name(), m.date(), m.startTime(), m.endTime(), m.place(),
                    m.status().name().toLowerCase(java.util.Locale.ROOT),
                    m.participants().stream().map(ParticipantDto::of).toList(), m.otherParticipants(),
                    items.stream().map(AgendaItemDto::of).toList());
        }
    }

    record CommitteeDto(UUID id, UUID bodyId, String name, String kind, UUID organisationId, int members) {
        static CommitteeDto of(Committee c) {
            return new CommitteeDto(c.id(), c.bodyId(), c.name(), c.kind().name().toLowerCase(java.util.Locale.ROOT),
                    c.organisationId(), c.members().size());
        }
    }

    record TreatmentDto(UUID meetingId, String committee, LocalDate date, AgendaItemDto item) {
        static TreatmentDto of(Treatment t) {
            return new TreatmentDto(t.meeting().id(), t.committee().name(), t.meeting().date(), AgendaItemDto.of(t.item()));
        }
    }

    record CaseDto(UUID id, String caseNumber, String title, String kleCode, LocalDate hearingDeadline,
                   List<CaseStep> timetable, List<TreatmentDto> treatments) {
        static CaseDto of(ProceedingsCase c, List<Treatment> treatments) {
            return new CaseDto(c.id(), c.caseNumber(), c.title(), c.kleCode(), c.hearingDeadline(), c.steps(),
                    treatments.stream().map(TreatmentDto::of).toList());
        }
    }
}
