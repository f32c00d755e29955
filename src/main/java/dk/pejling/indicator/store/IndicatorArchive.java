package dk.pejling.indicator.store;

import dk.pejling.archive.ArchiveContributor;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Tells the archive which of this module's rows are in the open subset: the indicators and current,
 * unsuppressed values the portal publishes, with their goal links, baselines and targets; who entered
 * a value, its note and the reason of a correction stay internal.
 */
@Component
class IndicatorArchive implements ArchiveContributor {

    @Override
    public Map<String, String> publishedAs() {
        return Map.of("indicator", "indicator", "indicator_measurement", "measurement",
                "indicator_goal", "indicator:indicator_id", "indicator_baseline", "indicator:indicator_id",
                "indicator_target", "indicator:indicator_id");
    }

    @Override
    public Map<String, Set<String>> withheldFromPublic() {
        return Map.of("indicator_measurement", Set.of("note", "entered_by", "correction_reason", "replaces_id"));
    }
}
