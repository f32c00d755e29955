package dk.pejling.proceedings;

import dk.pejling.proceedings.store.AgendaItemRepository;
import dk.pejling.proceedings.store.MeetingRepository;
import dk.pejling.shared.AuditAction;
import dk.pejling.shared.AuditEvent;
import dk.pejling.shared.ListPage;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.PageQuery;
import dk.pejling.shared.VersionConflictException;
import dk.pejling.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings and their agendas. Meetings and open agenda items are public records (as the municipality's own minutes
 * are); the content of closed items goes only to the secretariat of the item's committee and administrators
 * ({@link Secretariat#closedAccess}, applied by {@link AgendaItem#visibleTo}). Corrections of open items need an
 * editor; closing, reopening and changing closed items need the committee's secretariat. The rules are in
 * docs/permissions.md.
 */
@Service
@Transactional(readOnly = true)
public class Meetings {

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final Committees committees;
    private final Secretariat secretariat;
    private final ItemLinkCheck links;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProceedingsPermissions permissions;

    Meetings(MeetingRepository meetings, AgendaItemRepository items, Committees committees, Secretariat secretariat,
             ItemLinkCheck links, ApplicationEventPublisher events, Clock clock, ProceedingsPermissions permissions) {
        this.permissions = permissions;
        this.meetings = meetings;
        this.items = items;
        this.committees = committees;
        this.secretariat = secretariat;
        this.links = links;
        this.events = events;
        this.clock = clock;
    }

    public List<Meeting> meetingsOf(UUID committeeId) {
        return meetings.findByCommittee(committees.committee(committeeId).id());
    }

    public List<Meeting> latestMeetings(int limit) {
        return meetings.findLatest(limit);
    }

    public Meeting meeting(UUID id) {
        return meetings.findById(id).filter(m -> !m.deleted()).orElseThrow(() -> new NotFoundException("meeting", id));
    }

    public List<AgendaItemView> agenda(UUID meetingId, Viewer viewer) {
        Meeting meeting = meeting(meetingId);
        ClosedAccess access = secretariat.closedAccess(viewer);
        return items.findByMeeting(meeting.id()).stream().map(i -> i.visibleTo(access, meeting.committeeId())).toList();
    }

    public AgendaItemView item(UUID id, Viewer viewer) {
        AgendaItem item = liveItem(id);
        return item.visibleTo(secretariat.closedAccess(viewer), meeting(item.meetingId()).committeeId());
    }

    public ListPage<AgendaItemView> search(PageQuery page, Viewer viewer) {
        String pattern = page.likePattern() == null ? "%" : page.likePattern();
        ClosedAccess access = secretariat.closedAccess(viewer);
        List<AgendaItem> found = items.search(pattern, access.all(), access.sqlList(), page.size(), page.offset());
        Map<UUID, UUID> committeeOf = found.isEmpty() ? Map.of() : meetings.findByIds(found.stream()
                .map(AgendaItem::meetingId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Meeting::id, Meeting::committeeId));
        return new ListPage<>(found.stream().map(i -> i.visibleTo(access, committeeOf.get(i.meetingId()))).toList(),
                items.countMatching(pattern, access.all(), access.sqlList()));
    }

    /**
     * Corrects an agenda item's decision and what it concerns, and closes or reopens it. An open item that
     * stays open: editors and the secretariat. A closed item, or a change of open/closed: only the
     * secretariat of its committee (and administrators). Reopening publishes the content, so it needs a
     * reason, which the audit log keeps.
     *
     * @param closed null: stays as it is
     */
    @Transactional
    public AgendaItemView editItem(UUID id, long expectedVersion, String decision, Boolean closed, String reason,
                                   Set<ItemLink> itemLinks, Viewer viewer) {
        AgendaItem item = liveItem(id);
        Meeting meeting = meeting(item.meetingId());
        boolean isSecretariat = secretariat.isSecretariat(meeting.committeeId(), viewer);
        Viewer.require(permissions.mayEditItem(item, closed, isSecretariat, viewer));
        VersionConflictException.check("agenda item", id, expectedVersion, item.version());
        links.check(itemLinks, viewer);
        AgendaItem.Edited edited = item.edit(decision, itemLinks, closed, reason, clock.instant());
        if (edited.closure() == AgendaItem.Closure.REOPENED) {
            events.publishEvent(AuditEvent.change(AuditAction.UPDATE, "agenda_item_reopening", id,
                    Map.of("closed", true), Map.of("closed", false, "reason", edited.reason())));
        }
        return items.save(item).visibleTo(secretariat.closedAccess(viewer), meeting.committeeId());
    }

    /** Removes a meeting with its items; OParl lists them as deleted from now on. */
    @Transactional
    public void deleteMeeting(UUID id, Viewer viewer) {
        permissions.requireKeepProceedings(viewer);
        Meeting meeting = meeting(id);
        items.saveAll(meeting.delete(items.findByMeeting(id), clock.instant()));
        meetings.save(meeting);
    }

    private AgendaItem liveItem(UUID id) {
        return items.findById(id).filter(i -> !i.deleted()).orElseThrow(() -> new NotFoundException("agenda item", id));
    }
}
