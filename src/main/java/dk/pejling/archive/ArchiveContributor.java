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

    /**
     * Tables (lower-case names) that are derived from other data and left out of archives; the module
     * rebuilds them when an archive has been restored ({@link #rebuildDerived}).
     */
    default Set<String> derivedTables() {
        return Set.of();
    }

    /**
     * Rebuilds this module's {@link #derivedTables} from the restored data, in the restore's transaction
     * on the installation's own database (an archive carries no derived rows).
     */
    default void rebuildDerived() {
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

    /**
     * For scope {@code organisation} (a partner's exit): per table of this module, a SQL condition on
     * alias {@code t} that selects the rows the organisation owns or co-owns; every {@code ?} is the
     * organisation's id. Tables without a condition follow the rows they refer to: a row is taken when
     * every row it refers to (outside the shared tables) is taken. A table with neither is left out.
     */
    default java.util.Map<String, String> ownedBy() {
        return java.util.Map.of();
    }

    /**
     * Tables of records shared between organisations (the register of organisations): a reference to
     * one never keeps a row out, and an archive of scope organisation takes the shared rows its rows
     * refer to, and lists those it does not own in the manifest's {@code shared_records}.
     */
    default Set<String> sharedTables() {
        return Set.of();
    }

    /**
     * For scope {@code public} (the open subset): per table of this module whose rows the portal
     * publishes, which published records choose them: {@code kind} when the row's {@code id} is a
     * published record of that kind ({@link PublishedRecords}), {@code kind:column} when the row belongs
     * to one through that column. A table without an entry is left out of a public archive.
     */
    default java.util.Map<String, String> publishedAs() {
        return java.util.Map.of();
    }

    /**
     * For scope {@code public}, for tables whose open subset the module decides itself (proceedings' open
     * agenda items, as its OParl interface publishes them) or that follow several published records: per
     * table, a SQL condition on alias {@code t} that selects the public rows; {@code {published:kind}}
     * stands for the list of published ids of that kind ({@link PublishedRecords}). A row is still left
     * out when a row it refers to is. Used for a table without a {@link #publishedAs} entry.
     */
    default java.util.Map<String, String> publicRows() {
        return java.util.Map.of();
    }

    /**
     * For scope {@code public}: columns of this module's published tables that stay internal; they are
     * written empty (NULL, or the empty text when the column requires a value), so the archive still restores.
     */
    default java.util.Map<String, Set<String>> withheldFromPublic() {
        return java.util.Map.of();
    }
}
