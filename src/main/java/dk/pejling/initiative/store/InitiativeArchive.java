package dk.pejling.initiative.store;

import dk.pejling.archive.ArchiveContributor;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Tells the archive which of this module's rows are in the open subset: the public initiatives with
 * their partners, staffing, target groups and goal links (to public goals), the status legend of public
 * strategies, and the approved status reports the portal shows with the rounds they belong to (and the
 * approved rounds the portal's feed names); a draft or returned report never, nor a report's history
 * or a reminder, and of an approved one not who submitted or reviewed it nor the review comment. The
 * lead's name and account, and who opened or approved a round, stay internal. The strategy mirror is
 * derived from the strategy module's strategies: left out of archives and rebuilt after a restore.
 */
@Component
class InitiativeArchive implements ArchiveContributor {

    private final StrategyMirror mirror;

    InitiativeArchive(StrategyMirror mirror) {
        this.mirror = mirror;
    }

    @Override
    public Map<String, String> publishedAs() {
        return Map.of("initiative", "initiative", "status_report", "status_report",
                "initiative_partner", "initiative:initiative_id", "initiative_staffing", "initiative:initiative_id",
                "initiative_target_group", "initiative:initiative_id", "initiative_goal", "initiative:initiative_id",
                "initiative_status_option", "strategy:strategy_id", "reporting_round_initiative", "initiative:initiative_id");
    }

    @Override
    public Map<String, String> publicRows() {
        return Map.of("reporting_round", "t.strategy_id IN {published:strategy} AND (t.approved_at IS NOT NULL"
                + " OR t.id IN (SELECT r.round_id FROM status_report r WHERE r.id IN {published:status_report}))");
    }

    @Override
    public Map<String, Set<String>> withheldFromPublic() {
        return Map.of("initiative", Set.of("lead_person", "lead_user_id"),
                "status_report", Set.of("submitted_by", "review_comment", "reviewed_by"),
                "reporting_round", Set.of("opened_by", "approved_by"));
    }

    @Override
    public Set<String> derivedTables() {
        return Set.of("initiative_strategy_mirror");
    }

    @Override
    public void rebuildDerived() {
        mirror.rebuild();
    }
}
