package dk.pejling.proceedings;

/** An agenda item with the meeting and committee it was treated in. */
public record Treatment(Meeting meeting, Committee committee, AgendaItemView item) {
}
