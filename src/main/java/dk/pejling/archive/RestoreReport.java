package dk.pejling.archive;

import java.util.List;
import java.util.Map;

/**
 * What a restore or its dry run found: rows per table and files in the archive, and every problem.
 * With problems nothing was written.
 *
 * @param auditRenumbered the installation's audit log already had entries, so the archive's entries
 *                        were appended after them with new numbers (their contents unchanged)
 */
public record RestoreReport(boolean dryRun, String archiveSchemaVersion, String scope, Map<String, Long> rowCounts,
                            long files, boolean auditIncluded, boolean auditRenumbered, List<Problem> problems) {

    public RestoreReport {
        rowCounts = Map.copyOf(rowCounts);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** 409 when only the installation stands in the way, 400 when the archive itself is bad. */
    public boolean conflict() {
        return !problems.isEmpty() && problems.stream().allMatch(Problem::isConflict);
    }
}
