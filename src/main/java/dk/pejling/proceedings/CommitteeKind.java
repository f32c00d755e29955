package dk.pejling.proceedings;

/** Byråd, magistrat, udvalg, råd. */
public enum CommitteeKind {
    COUNCIL, EXECUTIVE, COMMITTEE, BOARD;

    /** The kind a committee's name tells, as Danish municipalities name them. */
    public static CommitteeKind fromName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.contains("byråd") || n.contains("kommunalbestyrelse") || n.contains("regionsråd")) {
            return COUNCIL;
        }
        if (n.contains("magistrat") || n.contains("økonomiudvalg")) {
            return EXECUTIVE;
        }
        if (n.endsWith("råd") || n.endsWith("rådet")) {
            return BOARD;
        }
        return COMMITTEE;
    }
}
