package dk.pejling.initiative;

import dk.pejling.initiative.store.ApprovedStatusQueries;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only status history as it stood at a moment, for other modules (the reports) that
 * must not read the initiative module's tables themselves. The caller has already decided that its
 * viewer may see the round.
 */
@Service
@Transactional(readOnly = true)
public class StatusHistory {

    private final ApprovedStatusQueries queries;

    StatusHistory(ApprovedStatusQueries queries) {
        this.queries = queries;
    }

    /** Initiative id → its latest approved status in the round at {@code asOf}; initiatives without one are absent. */
    public Map<UUID, ApprovedStatus> approvedStatusAt(UUID roundId, Instant asOf) {
        return queries.approvedAt(roundId, asOf);
    }
}
