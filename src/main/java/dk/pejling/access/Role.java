package dk.pejling.access;

import dk.pejling.shared.Viewer;

/**
 * The global roles of the permission matrix (docs/permissions.md); the names match {@link Viewer}'s
 * constants. Coordinators are not a global role: they are appointed per strategy
 * ({@link Coordinators#appointCoordinator}).
 */
public enum Role {
    ADMIN(Viewer.ADMIN),
    EDITOR(Viewer.EDITOR),
    READER(Viewer.READER);

    private final String key;

    Role(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
