package dk.pejling.shared;

/**
 * The one rule of the modules that only administrators change: the register of organisations, the search
 * index, backup archives and the audit log. Their rule has no record to weigh (no strategy, organisation
 * or committee), so a permissions component of their own would repeat this line in each; where a module's
 * rule grows beyond it, it gets its own component like the others (docs/permissions.md, "Where the rules
 * are decided").
 */
public final class AdministratorsOnly {

    private AdministratorsOnly() {
    }

    public static boolean may(Viewer viewer) {
        return viewer.isAdmin();
    }

    /** Refuses (403) everyone but administrators. */
    public static void require(Viewer viewer) {
        Viewer.require(may(viewer));
    }
}
