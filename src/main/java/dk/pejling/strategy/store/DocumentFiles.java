package dk.pejling.strategy.store;

import dk.pejling.instance.BlobStore;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Uploaded documents in the file storage every instance reaches (by default the data directory,
 * under {@code <data dir>/documents}), named by the link's id only, so a file name chosen by a user
 * never becomes a path or an object name.
 */
@Component
public class DocumentFiles {

    static final String NAMESPACE = "documents";

    private final BlobStore blobs;

    DocumentFiles(BlobStore blobs) {
        this.blobs = blobs;
    }

    public void write(UUID id, InputStream content) {
        blobs.write(NAMESPACE, id, content);
    }

    /**
     * Deletes the stored files that no stored link names and that were last written before
     * {@code before}: left by a crash between writing the file and committing its row, or by a part
     * file of an upload that never finished. Younger files may belong to an upload in progress.
     * Answers how many were deleted.
     */
    public int deleteOrphans(Set<UUID> stored, Instant before) {
        return blobs.deleteUnlisted(NAMESPACE, stored, before);
    }

    public InputStream read(UUID id) {
        try {
            return blobs.read(NAMESPACE, id);
        } catch (BlobStore.BlobNotFoundException e) {
            throw new UncheckedIOException("could not read document " + id, new FileNotFoundException(e.getMessage()));
        }
    }

    public boolean exists(UUID id) {
        return blobs.exists(NAMESPACE, id);
    }

    public void delete(UUID id) {
        blobs.delete(NAMESPACE, id);
    }
}
