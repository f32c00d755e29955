package dk.pejling.proceedings;

import dk.pejling.strategy.StrategySummary;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the page of one meeting shows, as agenda or as minutes, read in one call
 * ({@link ProceedingsReadModels#meeting}). Its agenda items are {@link AgendaItemView}s for the viewer: a
 * closed item's content never reaches a viewer who may not see it.
 *
 * @param members the committee's members on the day of the meeting, as labels, sorted
 * @param items   every agenda item, as the viewer may see it
 * @param open    the open items
 * @param closed  the closed items (redacted for a viewer who may not see them)
 * @param absent  who the minutes say was absent
 * @param minutes true: shown as minutes (with decisions), false: as the agenda
 * @param linked  the strategies the items concern that the viewer may see, by id
 */
public record MeetingPage(Meeting meeting, Committee committee, List<String> members, List<AgendaItemView> items,
                          List<AgendaItemView> open, List<AgendaItemView> closed, List<MeetingParticipant> absent,
                          boolean minutes, Map<UUID, StrategySummary> linked) {

    public MeetingPage {
        members = List.copyOf(members);
        items = List.copyOf(items);
        open = List.copyOf(open);
        closed = List.copyOf(closed);
        absent = List.copyOf(absent);
        linked = Map.copyOf(linked);
    }
}
