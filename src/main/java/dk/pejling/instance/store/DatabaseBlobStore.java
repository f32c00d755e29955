package dk.pejling.instance.store;

import dk.pejling.instance.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files in the table {@code instance_blob}: every instance reaches them through the database it
 * already has, and a database backup holds them. Meant for the sizes Pejling accepts (uploads up to
 * 20 MB); each file is read into memory once on its way in and out. A write replaces the row in one
 * transaction, so a reader sees the old file or the new one.
 */
public class DatabaseBlobStore implements BlobStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public DatabaseBlobStore(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void write(String namespace, UUID key, InputStream content) {
        byte[] bytes;
        try {
            bytes = content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read what was to be stored as " + namespace + "/" + key, e);
        }
        Timestamp now = Timestamp.from(clock.instant());
        transaction.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM instance_blob WHERE namespace = ? AND blob_key = ?", namespace, key);
            jdbc.update("INSERT INTO instance_blob (namespace, blob_key, content, size, written_at) VALUES (?, ?, ?, ?, ?)",
                    namespace, key, bytes, bytes.length, now);
        });
    }

    @Override
    public InputStream read(String namespace, UUID key) {
        List<byte[]> found = jdbc.query("SELECT content FROM instance_blob WHERE namespace = ? AND blob_key = ?",
                (rs, i) -> rs.getBytes(1), namespace, key);
        if (found.isEmpty()) {
            throw new BlobNotFoundException(namespace, key);
        }
        return new ByteArrayInputStream(found.getFirst());
    }

    @Override
    public boolean exists(String namespace, UUID key) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM instance_blob WHERE namespace = ? AND blob_key = ?",
                Integer.class, namespace, key);
        return count != null && count > 0;
    }

    @Override
    public void delete(String namespace, UUID key) {
        jdbc.update("DELETE FROM instance_blob WHERE namespace = ? AND blob_key = ?", namespace, key);
    }

    @Override
    public int deleteUnlisted(String namespace, Set<UUID> keep, Instant before) {
        List<UUID> old = jdbc.queryForList("SELECT blob_key FROM instance_blob WHERE namespace = ? AND written_at < ?",
                UUID.class, namespace, Timestamp.from(before));
        int deleted = 0;
        for (UUID key : old) {
            if (!keep.contains(key)) {
                deleted += jdbc.update("DELETE FROM instance_blob WHERE namespace = ? AND blob_key = ? AND written_at < ?",
                        namespace, key, Timestamp.from(before));
            }
        }
        return deleted;
    }

    @Override
    public String kind() {
        return "database";
    }
}
