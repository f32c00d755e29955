package dk.pejling.proceedings;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** An agenda item concerns this strategy, goal or initiative (by the id of the other module's record). */
@Table("agenda_item_link")
public record ItemLink(LinkKind targetKind, UUID targetId) {
}
