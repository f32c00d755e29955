package dk.pejling.instance.store;

import dk.pejling.instance.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Files under {@code <data dir>/<namespace>/<id>}: the embedded default, and what one instance (or
 * several sharing a network file system) needs. A write goes to a part file first and is moved into
 * place in one step, so a reader sees the whole file or none.
 */
public class FileBlobStore implements BlobStore {

    private static final String TEMP_PREFIX = "upload-";
    private static final String TEMP_SUFFIX = ".part";

    private final Path root;

    public FileBlobStore(Path root) {
        this.root = root;
    }

    @Override
    public void write(String namespace, UUID key, InputStream content) {
        Path temp = null;
        try {
            Path dir = Files.createDirectories(root.resolve(namespace));
            temp = Files.createTempFile(dir, TEMP_PREFIX, TEMP_SUFFIX);
            Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, path(namespace, key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("could not store " + namespace + "/" + key, e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp); // a write broken off half-way leaves no part file behind
            }
        }
    }

    @Override
    public InputStream read(String namespace, UUID key) {
        try {
            return Files.newInputStream(path(namespace, key));
        } catch (NoSuchFileException e) {
            throw new BlobNotFoundException(namespace, key);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + namespace + "/" + key, e);
        }
    }

    @Override
    public boolean exists(String namespace, UUID key) {
        return Files.isRegularFile(path(namespace, key));
    }

    @Override
    public void delete(String namespace, UUID key) {
        try {
            Files.deleteIfExists(path(namespace, key));
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + namespace + "/" + key, e);
        }
    }

    @Override
    public int deleteUnlisted(String namespace, Set<UUID> keep, Instant before) {
        Path dir = root.resolve(namespace);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> all = Files.list(dir)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                if (isUnlisted(file, keep) && Files.getLastModifiedTime(file).toInstant().isBefore(before)
                        && deleteQuietly(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + dir, e);
        }
        return deleted;
    }

    @Override
    public String kind() {
        return "file";
    }

    private static boolean isUnlisted(Path file, Set<UUID> keep) {
        String name = file.getFileName().toString();
        if (name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX)) {
            return true;
        }
        try {
            return !keep.contains(UUID.fromString(name));
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

    private Path path(String namespace, UUID key) {
        return root.resolve(namespace).resolve(key.toString());
    }
}
