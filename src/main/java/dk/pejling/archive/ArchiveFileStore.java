package dk.pejling.archive;

import java.io.IOException;
import java.io.InputStream;

/**
 * A module's uploaded files, as the archive reads and restores them: the SPI through which the
 * archive takes files without knowing where or how a module keeps them. In the archive each file is
 * stored once under {@code files/<sha256>}, and {@code files.csv} maps (store, key) to the hash.
 */
public interface ArchiveFileStore {

    /** A name that never changes between versions, e.g. {@code strategy-documents}. */
    String name();

    /**
     * A query on the module's own tables that answers the keys of the stored files, one column; the
     * archive runs it on the connection it exports from, so keys and rows come from one snapshot.
     */
    String keysQuery();

    /** The table whose rows own the files, for scoped archives: a file goes with its row. */
    default String ownerTable() {
        return null;
    }

    /** The column of {@link #ownerTable()} that holds a file's key. */
    default String ownerKeyColumn() {
        return "id";
    }

    boolean exists(String key);

    InputStream read(String key) throws IOException;

    void write(String key, InputStream content) throws IOException;

    void delete(String key) throws IOException;
}
