package dk.pejling.proceedings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An agenda item as one viewer may see it (made only by {@link AgendaItem#visibleTo}); for a closed
 * item seen by the public, {@code redacted} is true and every content field is empty.
 */
public record AgendaItemView(UUID id, UUID meetingId, UUID caseId, String number, int order, String title,
                             boolean closed, String caseNumber, String kleCode, String description,
                             String recommendation, String decision, List<Attachment> attachments,
                             List<ItemLink> links, boolean redacted, boolean deleted, long version,
                             Instant createdAt, Instant updatedAt) {

    /** "5. Udkast til strategien …" */
    public String label() {
        return number == null ? title : number + ". " + title;
    }
}
