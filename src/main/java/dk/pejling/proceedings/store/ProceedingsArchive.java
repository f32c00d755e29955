package dk.pejling.proceedings.store;

import dk.pejling.archive.ArchiveContributor;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Tells the archive which of this module's rows are in the open subset: what the OParl interface shows
 * anyone. The bodies, people, terms, committees and memberships; the meetings that are not deleted with
 * their participants; their open agenda items (a closed item is left out entirely, title and attachments
 * too) with their attachments and their links to public strategies, goals and initiatives only; and the
 * cases OParl lists (one with an open item, or with no item yet) with their steps. Never the minutes
 * importer's drafts nor a committee's secretariat. A row whose meeting or case is left out is left out too.
 */
@Component
class ProceedingsArchive implements ArchiveContributor {

    private static final String OPEN_ITEM = "a.closed = FALSE AND a.deleted = FALSE";

    @Override
    public Map<String, String> publicRows() {
        return Map.ofEntries(
                Map.entry("proceedings_body", "1 = 1"),
                Map.entry("proceedings_person", "1 = 1"),
                Map.entry("legislative_term", "1 = 1"),
                Map.entry("committee", "1 = 1"),
                Map.entry("committee_member", "1 = 1"),
                Map.entry("meeting", "t.deleted = FALSE"),
                Map.entry("meeting_participant", "1 = 1"),
                Map.entry("agenda_item", "t.closed = FALSE AND t.deleted = FALSE"),
                Map.entry("agenda_item_attachment", "1 = 1"),
                Map.entry("agenda_item_link", "(t.target_kind = 'STRATEGY' AND t.target_id IN {published:strategy})"
                        + " OR (t.target_kind = 'GOAL' AND t.target_id IN {published:goal})"
                        + " OR (t.target_kind = 'INITIATIVE' AND t.target_id IN {published:initiative})"),
                Map.entry("proceedings_case", "EXISTS (SELECT 1 FROM agenda_item a WHERE a.case_id = t.id AND " + OPEN_ITEM + ")"
                        + " OR NOT EXISTS (SELECT 1 FROM agenda_item a WHERE a.case_id = t.id AND a.deleted = FALSE)"),
                Map.entry("case_step", "1 = 1"));
    }
}
