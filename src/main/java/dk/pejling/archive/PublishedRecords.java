package dk.pejling.archive;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The records the public portal publishes, for an archive of scope {@code public}: offered by the
 * module that decides what is public (the portal), so the archive reimplements no visibility rule.
 */
public interface PublishedRecords {

    /**
     * The ids of every published record by kind: {@code strategy}, {@code goal}, {@code indicator},
     * {@code measurement}, {@code initiative}, {@code status_report}.
     */
    Map<String, Set<UUID>> published();
}
