package dk.pejling.archive;

import dk.pejling.shared.InvalidInputException;
import java.util.Locale;

/** Which records an archive holds. */
public enum ArchiveScope {
    /** Everything: a backup, or a move to another database. */
    ALL,
    /** What one organisation owns or co-owns: a partner's exit. */
    ORGANISATION,
    /** The open subset, the same the public pages show. */
    PUBLIC;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArchiveScope parse(String text) {
        for (ArchiveScope scope : values()) {
            if (scope.code().equals(text)) {
                return scope;
            }
        }
        throw new InvalidInputException("scope", "must be all, organisation or public");
    }
}
