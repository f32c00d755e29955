package dk.pejling.access;

import dk.pejling.shared.Viewer;

/** The roles of the permission matrix; the names match {@link Viewer}'s constants. */
public enum Role {
    ADMIN(Viewer.ADMIN),
    COORDINATOR(Viewer.COORDINATOR),
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
