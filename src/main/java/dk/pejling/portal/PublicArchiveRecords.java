package dk.pejling.portal;

import dk.pejling.archive.PublishedRecords;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells the archive what the portal publishes, so an archive of scope public holds exactly that. */
@Component
class PublicArchiveRecords implements PublishedRecords {

    private final PublicData data;

    PublicArchiveRecords(PublicData data) {
        this.data = data;
    }

    @Override
    public Map<String, Set<UUID>> published() {
        return data.publishedIds();
    }
}
