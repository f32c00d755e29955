package dk.pejling.proceedings;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Whose closed agenda items a viewer may read: every committee's (administrators), the committees
 * whose secretariat they belong to, or none (the public, OParl, everyone else). Built once per use case
 * by {@link Secretariat#closedAccess}; {@link AgendaItem#visibleTo} applies it.
 */
public record ClosedAccess(boolean all, Set<UUID> committees) {

    public static final ClosedAccess NONE = new ClosedAccess(false, Set.of());
    public static final ClosedAccess ALL = new ClosedAccess(true, Set.of());
    /** SQL cannot take an empty IN list; this id matches no committee. */
    private static final UUID NO_ROW = new UUID(0, 0);

    public ClosedAccess {
        committees = committees == null ? Set.of() : Set.copyOf(committees);
    }

    public boolean reads(UUID committeeId) {
        return all || (committeeId != null && committees.contains(committeeId));
    }

    /** The committees as an SQL IN list, never empty. */
    public List<UUID> sqlList() {
        return committees.isEmpty() ? List.of(NO_ROW) : List.copyOf(committees);
    }
}
