package dk.pejling.instance;

import java.io.InputStream;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Where files live that must outlive a request and be readable by every instance: uploaded
 * documents, finished report files. Files are grouped in namespaces ({@code documents},
 * {@code report-jobs}) and named by an id the application makes (never a user's file name).
 * A write is whole or not at all: a reader never sees half a file, and a broken-off write leaves
 * nothing that {@link #deleteUnlisted} would not remove. Chosen by {@code PEJLING_STORAGE}:
 * {@code file} (the data directory, the default), {@code database} or {@code s3}.
 */
public interface BlobStore {

    /** Stores the stream's bytes under the key, replacing what was there. */
    void write(String namespace, UUID key, InputStream content);

    /** The stored bytes; {@link BlobNotFoundException} when there are none. */
    InputStream read(String namespace, UUID key);

    boolean exists(String namespace, UUID key);

    /** Deletes the file if there is one. */
    void delete(String namespace, UUID key);

    /**
     * Deletes the namespace's files whose key is not in {@code keep} and that were written before
     * {@code before} (younger ones may belong to a write whose row is not committed yet), and any
     * remains of broken-off writes older than that; answers how many files were deleted. Keys the
     * store did not write through this interface are left alone where the store can tell.
     */
    int deleteUnlisted(String namespace, Set<UUID> keep, Instant before);

    /** The kind of store, for the health details: file, database or s3. */
    String kind();

    /** Nothing is stored under this key. */
    class BlobNotFoundException extends RuntimeException {
        public BlobNotFoundException(String namespace, UUID key) {
            super("no file " + namespace + "/" + key);
        }
    }
}
