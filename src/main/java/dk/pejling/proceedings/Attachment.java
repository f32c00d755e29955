package dk.pejling.proceedings;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** An attachment (bilag) of an agenda item as the minutes name it; fileId is its OParl File id. */
@Table("agenda_item_attachment")
public record Attachment(UUID fileId, String name) {
}
