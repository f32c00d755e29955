package dk.pejling.proceedings;

import java.util.List;

/** A saved meeting and its items in agenda order. */
public record Recorded(Meeting meeting, List<AgendaItem> items) {
}
