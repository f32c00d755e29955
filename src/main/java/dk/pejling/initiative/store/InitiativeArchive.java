package dk.pejling.initiative.store;

import dk.pejling.archive.ArchiveContributor;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Tells the archive which of this module's rows are in the open subset: the public initiatives and
 * the approved status reports the portal shows; a draft or returned report never, and of an approved
 * one not who submitted or reviewed it nor the review comment. The lead's name and account stay
 * internal.
 */
@Component
class InitiativeArchive implements ArchiveContributor {

    @Override
    public Map<String, String> publishedAs() {
        return Map.of("initiative", "initiative", "status_report", "status_report");
    }

    @Override
    public Map<String, Set<String>> withheldFromPublic() {
        return Map.of("initiative", Set.of("lead_person", "lead_user_id"),
                "status_report", Set.of("submitted_by", "review_comment", "reviewed_by"));
    }
}
