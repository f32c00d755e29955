package dk.pejling.archive;

import java.util.List;
import java.util.Set;

/**
 * What a module tells the archive about its own data, so the archive never guesses: tables that are
 * derived and rebuilt (left out of every archive), tables a fresh installation fills by itself and a
 * restore replaces (the bootstrap administrator's account), and its stored files. A module offers it
 * as a Spring bean; every method has a harmless default.
 */
public interface ArchiveContributor {

    /** Tables (lower-case names) that are derived from other data and left out of archives. */
    default Set<String> derivedTables() {
        return Set.of();
    }

    /**
     * Tables that an otherwise empty installation already has rows in (the account that signs in to
     * run the restore); a restore deletes their rows and loads the archive's instead.
     */
    default Set<String> replacedOnRestore() {
        return Set.of();
    }

    default List<ArchiveFileStore> fileStores() {
        return List.of();
    }
}
