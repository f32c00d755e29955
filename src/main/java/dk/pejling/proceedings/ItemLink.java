package dk.pejling.proceedings;

import java.util.UUID;

/** An agenda item concerns this strategy, goal or initiative (by the id of the other module's record). */
public record ItemLink(LinkKind targetKind, UUID targetId) {
}
