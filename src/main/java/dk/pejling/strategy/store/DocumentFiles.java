package dk.pejling.strategy.store;

import dk.pejling.shared.PejlingProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Uploaded documents on disk under {@code <data dir>/documents}, named by the link's id only,
 * so a file name chosen by a user never becomes a path.
 */
@Component
public class DocumentFiles {

    private static final String TEMP_PREFIX = "upload-";

    private final Path root;

    DocumentFiles(PejlingProperties properties) {
        this.root = properties.dataDir().resolve("documents");
    }

    public void write(UUID id, InputStream content) {
        Path temp = null;
        try {
            Files.createDirectories(root);
            temp = Files.createTempFile(root, TEMP_PREFIX, ".part");
            Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, path(id), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("could not store document " + id, e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp); // an upload broken off half-way leaves no part file behind
            }
        }
    }

    /**
     * Deletes the files under the documents folder that no stored link names and that were last written
     * before {@code before}: left by a crash between writing the file and committing its row, or by a
     * part file of an upload that never finished. Younger files may belong to an upload in progress.
     * Answers how many were deleted.
     */
    public int deleteOrphans(Set<UUID> stored, Instant before) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> all = Files.list(root)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                if (!isOrphan(file, stored) || !Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    continue;
                }
                if (deleteQuietly(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the documents", e);
        }
        return deleted;
    }

    private static boolean isOrphan(Path file, Set<UUID> stored) {
        String name = file.getFileName().toString();
        if (name.startsWith(TEMP_PREFIX) && name.endsWith(".part")) {
            return true;
        }
        try {
            return !stored.contains(UUID.fromString(name));
        } catch (IllegalArgumentException notOurs) {
            return false; // a file Pejling did not name is left to whoever put it there
        }
    }

    private static boolean deleteQuietly(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            return false;
        }
    }

    public InputStream read(UUID id) {
        try {
            return Files.newInputStream(path(id));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read document " + id, e);
        }
    }

    public boolean exists(UUID id) {
        return Files.isRegularFile(path(id));
    }

    public void delete(UUID id) {
        try {
            Files.deleteIfExists(path(id));
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete document " + id, e);
        }
    }

    private Path path(UUID id) {
        return root.resolve(id.toString());
    }
}
