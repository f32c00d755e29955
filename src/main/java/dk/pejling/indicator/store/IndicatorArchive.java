package dk.pejling.indicator.store;

import dk.pejling.archive.ArchiveContributor;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Tells the archive which of this module's rows are in the open subset: the indicators and current,
 * unsuppressed values the portal publishes, with their goal links (to public goals), baselines and
 * targets, and the verdicts set by hand on public goals; who entered a value or set a verdict, a value's
 * note, the reason of a correction or of a verdict stay internal. The goal mirror is derived from the
 * strategy module's goals: left out of archives and rebuilt after a restore.
 */
@Component
class IndicatorArchive implements ArchiveContributor {

    private final GoalMirror mirror;

    IndicatorArchive(GoalMirror mirror) {
        this.mirror = mirror;
    }

    @Override
    public Map<String, String> publishedAs() {
        return Map.of("indicator", "indicator", "indicator_measurement", "measurement",
                "indicator_goal", "indicator:indicator_id", "indicator_baseline", "indicator:indicator_id",
                "indicator_target", "indicator:indicator_id", "indicator_manual_verdict", "goal:goal_id");
    }

    @Override
    public Map<String, Set<String>> withheldFromPublic() {
        return Map.of("indicator_measurement", Set.of("note", "entered_by", "correction_reason", "replaces_id"),
                "indicator_manual_verdict", Set.of("reason", "set_by"));
    }

    @Override
    public Set<String> derivedTables() {
        return Set.of("indicator_goal_mirror");
    }

    @Override
    public void rebuildDerived() {
        mirror.rebuild();
    }
}
