package dk.pejling.archive.engine;

import dk.pejling.archive.ArchiveFileStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A module's file store with the same name and keys, kept in a scratch directory (the restore drill). */
public final class ScratchFileStore implements ArchiveFileStore {

    private final ArchiveFileStore original;
    private final Path root;

    public ScratchFileStore(ArchiveFileStore original, Path root) throws IOException {
        this.original = original;
        this.root = Files.createDirectories(root.resolve(original.name()));
    }

    @Override
    public String name() {
        return original.name();
    }

    @Override
    public String keysQuery() {
        return original.keysQuery();
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(path(key));
    }

    @Override
    public InputStream read(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public void write(String key, InputStream content) throws IOException {
        Files.copy(content, path(key), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    /** Keys come from the archive; only a plain name may become a path. */
    private Path path(String key) {
        if (!key.matches("[A-Za-z0-9._-]{1,200}") || key.startsWith(".")) {
            throw new IllegalArgumentException("not a file key: " + key);
        }
        return root.resolve(key);
    }
}
