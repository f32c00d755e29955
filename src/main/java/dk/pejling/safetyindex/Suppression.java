package dk.pejling.safetyindex;

/**
 * Why a cell is not shown. Survey cells are held back because they are unreliable, and such a value
 * does not enter the index either; a small count is held back for discretion only (it would point
 * at people), so it still counts in the index, which does not reveal it.
 *
 * @param detail the numbers behind the reason, e.g. "n = 32 < 50"
 */
public record Suppression(Reason reason, String detail) {

    public enum Reason {
        N_TOO_SMALL(true),
        EFFECTIVE_N_TOO_SMALL(true),
        INTERVAL_TOO_WIDE(true),
        COUNT_UNDER_MINIMUM(false),
        NO_DATA(true),
        NO_POPULATION(true),
        INDICATOR_MISSING(true);

        private final boolean excludesFromIndex;

        Reason(boolean excludesFromIndex) {
            this.excludesFromIndex = excludesFromIndex;
        }

        public boolean excludesFromIndex() {
            return excludesFromIndex;
        }

        /** The key of the sentence that explains it in the message bundles. */
        public String messageKey() {
            return "safetyindex.suppressed." + name();
        }
    }

    /** "N_TOO_SMALL: n = 32 < 50", what the API answers as the reason. */
    public String text() {
        return reason.name() + (detail == null || detail.isBlank() ? "" : ": " + detail);
    }
}
