package dk.pejling.proceedings;

import java.util.UUID;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An attachment (bilag) of an agenda item as the minutes name it; fileId is its OParl File id. url is the web
 * address the minutes give for it (http or https only), or null: then the name is all there is.
 */
@Table("agenda_item_attachment")
public record Attachment(UUID fileId, String name, String url) {

    @PersistenceCreator
    public Attachment {
    }

    public Attachment(UUID fileId, String name) {
        this(fileId, name, null);
    }
}
